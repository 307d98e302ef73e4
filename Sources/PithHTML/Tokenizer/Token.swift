/// A start or end tag token (13.2.5), reused by the tokenizer from one tag to the next.
///
/// Attribute values are ranges of ``valueBytes``; names are atoms. The tree builder may adjust
/// names and namespaces in place (foreign content) before it creates the element.
package struct TagToken: Sendable {
    package var name: LocalName = .none
    package var isSelfClosing = false
    package var attributes: [TagAttribute] = []
    package var valueBytes: [UInt8] = []

    package init() {}

    /// The value of attribute `name` in no namespace, if the token has it.
    package func value(of name: LocalName) -> String? {
        guard let attribute = attributes.first(where: { $0.name == name && $0.namespace == .none }) else { return nil }
        return String(decoding: valueBytes[Int(attribute.valueStart)..<Int(attribute.valueStart + attribute.valueLength)], as: UTF8.self)
    }

    /// Whether the token has attribute `name`.
    package func hasAttribute(_ name: LocalName) -> Bool {
        attributes.contains { $0.name == name }
    }

    mutating func reset() {
        name = .none
        isSelfClosing = false
        if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
        if !valueBytes.isEmpty { valueBytes.removeAll(keepingCapacity: true) }
    }
}

/// One attribute of a ``TagToken``.
package struct TagAttribute: Sendable {
    package var name: LocalName
    package var namespace: Namespace = .none
    package var valueStart: UInt32
    package var valueLength: UInt32 = 0
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
