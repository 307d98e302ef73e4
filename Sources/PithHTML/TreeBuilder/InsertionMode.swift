/// The tree builder's insertion modes (13.2.4.1). "in select" and "in select in table" are gone
/// since the 2025 customizable-select change (whatwg/html#10548), which html5lib-tests follow.
package enum InsertionMode: UInt8, Sendable {
    case initial
    case beforeHTML
    case beforeHead
    case inHead
    case inHeadNoscript
    case afterHead
    case inBody
    case text
    case inTable
    case inTableText
    case inCaption
    case inColumnGroup
    case inTableBody
    case inRow
    case inCell
    case inTemplate
    case afterBody
    case inFrameset
    case afterFrameset
    case afterAfterBody
    case afterAfterFrameset
}

/// A token as the tree builder dispatches it. Tag and DOCTYPE payloads live in the builder
/// (`tag`, `doctype`), so reprocessing a token never copies it.
enum TreeToken {
    case characters(UnsafeBufferPointer<UInt8>)
    case nullCharacter
    case startTag
    case endTag
    case comment(UnsafeBufferPointer<UInt8>)
    case doctype
    case endOfFile
}

/// An entry of the list of active formatting elements (13.2.4.3).
enum FormattingEntry: Equatable {
    case marker
    case element(NodeID)
}
