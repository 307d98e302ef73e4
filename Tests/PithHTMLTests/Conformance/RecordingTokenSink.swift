import PithHTML
import PithTestSupport

/// A token sink that records what the tokenizer emits, for comparison with the html5lib suite.
struct RecordingTokenSink: TokenSink {
    enum Recorded {
        case token(TokenizerTestCase.ExpectedToken)
        /// A start tag, copied out of the token (which is valid only during the call).
        case startTag(name: LocalName, attributes: [(LocalName, [UInt8])], selfClosing: Bool)
        case endTag(LocalName)
    }

    var recorded: [Recorded] = []
    var errors: [String] = []

    mutating func processCharacters(_ bytes: UnsafeBufferPointer<UInt8>) { recorded.append(.token(.characters(Array(bytes)))) }
    mutating func processNullCharacter() { recorded.append(.token(.characters([0]))) }

    mutating func processStartTag(_ tag: inout TagToken) -> TokenizerState? {
        let attributes = tag.attributes.map { ($0.name, Array(tag.valueBytes(of: $0))) }
        recorded.append(.startTag(name: tag.name, attributes: attributes, selfClosing: tag.isSelfClosing))
        return nil
    }

    mutating func processEndTag(_ tag: inout TagToken) { recorded.append(.endTag(tag.name)) }
    mutating func processComment(_ bytes: UnsafeBufferPointer<UInt8>) { recorded.append(.token(.comment(Array(bytes)))) }

    mutating func processDoctype(_ doctype: inout DoctypeToken) {
        recorded.append(.token(.doctype(
            name: doctype.name,
            publicIdentifier: doctype.publicIdentifier,
            systemIdentifier: doctype.systemIdentifier,
            correctness: !doctype.forceQuirks
        )))
    }

    mutating func processEndOfFile() {}
    var allowsCDATASection: Bool { false }
    var isStopped: Bool { false }
    mutating func reportError(_ error: ParseError, at offset: Int) { errors.append(error.code) }

    /// The recorded tokens in the suite's shape, tag names spelled with the tokenizer's name table.
    func tokens(names: NameTable) -> [TokenizerTestCase.ExpectedToken] {
        func spell(_ name: LocalName) -> [UInt8] { Array(names.string(for: name).utf8) }
        let tokens: [TokenizerTestCase.ExpectedToken] = recorded.map { item in
            switch item {
            case .token(let token):
                return token
            case .startTag(let name, let tagAttributes, let selfClosing):
                var attributes: [[UInt8]: [UInt8]] = [:]
                for (attributeName, value) in tagAttributes {
                    attributes[spell(attributeName)] = value
                }
                return .startTag(name: spell(name), attributes: attributes, selfClosing: selfClosing)
            case .endTag(let name):
                return .endTag(name: spell(name))
            }
        }
        return TokenizerTestCase.coalesce(tokens)
    }
}
