/// A start or end tag token (13.2.5), as the tokenizer hands it to its sink.
///
/// The token is a view: its attributes live in the tokenizer's scratch buffer, and an attribute's
/// value is either a slice of the input (most values) or bytes the tokenizer decoded (values with
/// character references or U+0000). A token is valid only during the sink call that receives it.
/// Names are atoms; the tree builder may adjust names and namespaces in place (foreign content)
/// before it creates the element.
package struct TagToken {
    package var name: LocalName = .none
    package var isSelfClosing = false
    package var attributes = UnsafeMutableBufferPointer<TagAttribute>(start: nil, count: 0)
    /// The document's input, which values that are slices of it point into.
    var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// Values that are not slices of the input.
    var decodedValues = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    /// A token with no name and no attributes (for elements the tree builder inserts on its own).
    package init() {}

    init(
        name: LocalName,
        isSelfClosing: Bool,
        attributes: UnsafeMutableBufferPointer<TagAttribute>,
        input: UnsafeBufferPointer<UInt8>,
        decodedValues: UnsafeBufferPointer<UInt8>
    ) {
        self.name = name
        self.isSelfClosing = isSelfClosing
        self.attributes = attributes
        self.input = input
        self.decodedValues = decodedValues
    }

    /// The UTF-8 bytes of `attribute`'s value (one of this token's attributes).
    package func valueBytes(of attribute: TagAttribute) -> UnsafeBufferPointer<UInt8> {
        let source = attribute.isDecoded ? decodedValues : input
        let start = Int(attribute.valueStart)
        let end = start + Int(attribute.valueLength)
        precondition(end <= source.count, "attribute value outside its buffer")
        return UnsafeBufferPointer(rebasing: source[start..<end])
    }

    /// The value of attribute `name` in no namespace, if the token has it.
    package func value(of name: LocalName) -> String? {
        guard let attribute = attributes.first(where: { $0.name == name && $0.namespace == .none }) else { return nil }
        return String(decoding: valueBytes(of: attribute), as: UTF8.self)
    }

    /// Whether the token has attribute `name`.
    package func hasAttribute(_ name: LocalName) -> Bool {
        attributes.contains { $0.name == name }
    }

    /// Drops every attribute (`</br>` acts as a `<br>` without them).
    package mutating func removeAttributes() {
        attributes = UnsafeMutableBufferPointer(start: nil, count: 0)
    }
}

/// One attribute of a ``TagToken``.
package struct TagAttribute: Sendable {
    package var name: LocalName
    package var namespace: Namespace = .none
    /// Whether the value is in the token's decoded values rather than a slice of the input.
    var isDecoded = false
    var valueStart: UInt32 = 0
    var valueLength: UInt32 = 0

    init(name: LocalName) { self.name = name }
}

/// A DOCTYPE token. Missing identifiers are `nil`, which the spec distinguishes from empty.
package struct DoctypeToken: Sendable {
    package var name: [UInt8]? = nil
    package var publicIdentifier: [UInt8]? = nil
    package var systemIdentifier: [UInt8]? = nil
    package var forceQuirks = false

    package init() {}
}

/// Where the tokenizer's tokens go: the tree builder, or a test's recorder.
///
/// Character tokens arrive as runs of UTF-8 bytes (never empty, never containing U+0000 outside
/// ``processNullCharacter()``); the buffers are valid only during the call.
package protocol TokenSink {
    mutating func processCharacters(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A U+0000 character in the data state, which each insertion mode treats in its own way.
    mutating func processNullCharacter()
    /// Returns the state the tokenizer must switch to (RCDATA after `<title>`, …), if any.
    mutating func processStartTag(_ tag: inout TagToken) -> TokenizerState?
    mutating func processEndTag(_ tag: inout TagToken)
    mutating func processComment(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func processDoctype(_ doctype: inout DoctypeToken)
    mutating func processEndOfFile()
    /// Whether the adjusted current node is an element outside the HTML namespace, where
    /// `<![CDATA[` opens a CDATA section (13.2.5.42).
    var allowsCDATASection: Bool { get }
    /// Whether the sink wants no more tokens (a limit was reached).
    var isStopped: Bool { get }
    mutating func reportError(_ error: ParseError, at offset: Int)
}
