/// The WHATWG HTML tokenizer (13.2.5), over one document's preprocessed UTF-8 bytes.
///
/// It scans runs of bytes that need no work and hands them to the sink as they are; only markup,
/// NUL bytes and character references cost per-byte work. Tokens go to `Sink` directly (no token
/// queue); the sink may switch the state after a start tag, as the tree builder does after
/// `<title>` or `<script>`.
///
/// The input must outlive the tokenizer: callers create it inside `withUnsafeBufferPointer`. The
/// tokenizer owns scratch buffers (so it is noncopyable) and frees them when it goes.
package struct Tokenizer<Sink: TokenSink>: ~Copyable {
    package var sink: Sink
    package var state: TokenizerState = .data
    /// Names met in this document that are not static (custom elements, `data-*` attributes).
    package var names = NameTable()
    package var limits: ParserLimits

    let input: UnsafeBufferPointer<UInt8>
    var position = 0
    var finished = false

    /// Pending character run `input[pendingStart..<pendingEnd]`, handed to the sink in one piece.
    var pendingStart = 0
    var pendingEnd = 0

    /// The tag being read: its name and self-closing flag. Its attributes are in `attributes`
    /// until `emitTag` points the token at them.
    var tag = TagToken()
    var isEndTag = false
    var lastStartTagName: LocalName = .none
    /// The current tag's attributes (dropped duplicates excluded).
    var attributes = ScratchBuffer<TagAttribute>(capacity: 32)
    /// Bytes of attribute values that are not slices of the input (see ``TagToken``).
    var decodedValues = ScratchBuffer<UInt8>(capacity: 256)
    /// A tag or attribute name, lowercased, when it cannot be looked up from the input as it stands
    /// (see `Tokenizer+Tag.swift`).
    var nameBuffer = ScratchBuffer<UInt8>(capacity: 64)
    /// Whether the attribute name being read started in `nameBuffer` (a leading `=`).
    var attributeNameIsBuffered = false
    /// The spec's temporary buffer, for the script-data double-escape states.
    var temporaryBuffer: [UInt8] = []
    /// Where `<` of a possible end tag in RCDATA, RAWTEXT or script data began.
    var markStart = 0
    /// Comment data being read.
    var commentBuffer: [UInt8] = []
    var doctype = DoctypeToken()
    /// Whether the attribute being read is dropped (it repeats an earlier name, or is past the
    /// limit); also set while no attribute is open.
    var attributeIsDropped = true

    package init(input: UnsafeBufferPointer<UInt8>, sink: Sink, limits: ParserLimits = ParserLimits()) {
        self.input = input
        self.sink = sink
        self.limits = limits
    }

    /// Sets "the last start tag" for the appropriate-end-tag check (fragment parsing, tests).
    package mutating func setLastStartTag(_ name: LocalName) { lastStartTagName = name }

    /// Tokenizes the whole input, ending with the end-of-file token.
    package mutating func run() {
        while !finished {
            if sink.isStopped {
                flushText()
                sink.processEndOfFile()
                return
            }
            step()
        }
    }

    /// Runs the current state until it changes state or emits a token.
    private mutating func step() {
        switch state {
        case .data: dataState()
        case .rcdata: rcdataState()
        case .rawtext: rawtextState()
        case .scriptData: scriptDataState()
        case .plaintext: plaintextState()
        case .tagOpen, .endTagOpen, .tagName, .beforeAttributeName, .attributeName, .afterAttributeName,
            .beforeAttributeValue, .attributeValueDoubleQuoted, .attributeValueSingleQuoted,
            .attributeValueUnquoted, .afterAttributeValueQuoted, .selfClosingStartTag:
            tagStates()
        case .rcdataLessThanSign: textLessThanSignState(text: .rcdata, endTagOpen: .rcdataEndTagOpen)
        case .rcdataEndTagOpen: textEndTagOpenState(text: .rcdata, endTagName: .rcdataEndTagName)
        case .rcdataEndTagName: textEndTagNameState(text: .rcdata)
        case .rawtextLessThanSign: textLessThanSignState(text: .rawtext, endTagOpen: .rawtextEndTagOpen)
        case .rawtextEndTagOpen: textEndTagOpenState(text: .rawtext, endTagName: .rawtextEndTagName)
        case .rawtextEndTagName: textEndTagNameState(text: .rawtext)
        case .scriptDataLessThanSign: scriptDataLessThanSignState()
        case .scriptDataEndTagOpen: textEndTagOpenState(text: .scriptData, endTagName: .scriptDataEndTagName)
        case .scriptDataEndTagName: textEndTagNameState(text: .scriptData)
        case .scriptDataEscapeStart: scriptDataEscapeStartState()
        case .scriptDataEscapeStartDash: scriptDataEscapeStartDashState()
        case .scriptDataEscaped: scriptDataEscapedState()
        case .scriptDataEscapedDash: scriptDataEscapedDashState()
        case .scriptDataEscapedDashDash: scriptDataEscapedDashDashState()
        case .scriptDataEscapedLessThanSign: scriptDataEscapedLessThanSignState()
        case .scriptDataEscapedEndTagOpen:
            textEndTagOpenState(text: .scriptDataEscaped, endTagName: .scriptDataEscapedEndTagName)
        case .scriptDataEscapedEndTagName: textEndTagNameState(text: .scriptDataEscaped)
        case .scriptDataDoubleEscapeStart: scriptDataDoubleEscapeStartState()
        case .scriptDataDoubleEscaped: scriptDataDoubleEscapedState()
        case .scriptDataDoubleEscapedDash: scriptDataDoubleEscapedDashState()
        case .scriptDataDoubleEscapedDashDash: scriptDataDoubleEscapedDashDashState()
        case .scriptDataDoubleEscapedLessThanSign: scriptDataDoubleEscapedLessThanSignState()
        case .scriptDataDoubleEscapeEnd: scriptDataDoubleEscapeEndState()
        case .bogusComment: bogusCommentState()
        case .markupDeclarationOpen: markupDeclarationOpenState()
        case .commentStart: commentStartState()
        case .commentStartDash: commentStartDashState()
        case .comment: commentState()
        case .commentLessThanSign: commentLessThanSignState()
        case .commentLessThanSignBang: commentLessThanSignBangState()
        case .commentLessThanSignBangDash: commentLessThanSignBangDashState()
        case .commentLessThanSignBangDashDash: commentLessThanSignBangDashDashState()
        case .commentEndDash: commentEndDashState()
        case .commentEnd: commentEndState()
        case .commentEndBang: commentEndBangState()
        case .doctype: doctypeState()
        case .beforeDoctypeName: beforeDoctypeNameState()
        case .doctypeName: doctypeNameState()
        case .afterDoctypeName: afterDoctypeNameState()
        case .afterDoctypePublicKeyword: afterDoctypeKeywordState(isPublic: true)
        case .beforeDoctypePublicIdentifier: beforeDoctypeIdentifierState(isPublic: true)
        case .doctypePublicIdentifierDoubleQuoted: doctypeIdentifierQuotedState(isPublic: true, quote: ASCII.quotationMark)
        case .doctypePublicIdentifierSingleQuoted: doctypeIdentifierQuotedState(isPublic: true, quote: ASCII.apostrophe)
        case .afterDoctypePublicIdentifier: afterDoctypePublicIdentifierState()
        case .betweenDoctypePublicAndSystemIdentifiers: betweenDoctypePublicAndSystemIdentifiersState()
        case .afterDoctypeSystemKeyword: afterDoctypeKeywordState(isPublic: false)
        case .beforeDoctypeSystemIdentifier: beforeDoctypeIdentifierState(isPublic: false)
        case .doctypeSystemIdentifierDoubleQuoted: doctypeIdentifierQuotedState(isPublic: false, quote: ASCII.quotationMark)
        case .doctypeSystemIdentifierSingleQuoted: doctypeIdentifierQuotedState(isPublic: false, quote: ASCII.apostrophe)
        case .afterDoctypeSystemIdentifier: afterDoctypeSystemIdentifierState()
        case .bogusDoctype: bogusDoctypeState()
        case .cdataSection: cdataSectionState()
        case .cdataSectionBracket: cdataSectionBracketState()
        case .cdataSectionEnd: cdataSectionEndState()
        }
    }

    // MARK: - Input

    var isAtEnd: Bool { position >= input.count }

    /// The byte at `position`; callers check ``isAtEnd`` first.
    var current: UInt8 {
        // SAFETY: every caller has checked `position < input.count`.
        input[position]
    }

    /// Whether the input at `position` starts with `literal`, comparing ASCII letters case-insensitively
    /// when `caseInsensitive` is set (`literal` is given in upper case then).
    func lookingAt(_ literal: StaticString, caseInsensitive: Bool) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard input.count - position >= count else { return false }
        for offset in 0..<count {
            let expected = literal.utf8Start[offset]
            let actual = input[position + offset]
            if actual != expected && !(caseInsensitive && ASCII.isAlpha(actual) && actual & 0xDF == expected) {
                return false
            }
        }
        return true
    }

    // MARK: - Emitting

    /// Queues `input[start..<end]` as characters, joining it to the pending run when adjacent.
    @inline(__always)
    mutating func emitInput(from start: Int, to end: Int) {
        guard start < end else { return }
        if pendingEnd == start && pendingStart < pendingEnd {
            pendingEnd = end
        } else {
            flushText()
            pendingStart = start
            pendingEnd = end
        }
    }

    /// Hands the pending character run to the sink.
    @inline(__always)
    mutating func flushText() {
        guard pendingStart < pendingEnd else { return }
        let run = UnsafeBufferPointer(rebasing: input[pendingStart..<pendingEnd])
        pendingStart = 0
        pendingEnd = 0
        sink.processCharacters(run)
    }

    /// Emits characters that are not a slice of the input (decoded references, U+FFFD).
    mutating func emitBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        flushText()
        sink.processCharacters(bytes)
    }

    mutating func emitReplacementCharacter() { ASCII.replacementCharacter.withUnsafeBufferPointer { emitBytes($0) } }

    mutating func emitEndOfFile() {
        flushText()
        sink.processEndOfFile()
        finished = true
    }

    mutating func error(_ error: ParseError) {
        sink.reportError(error, at: position)
    }

    mutating func emitComment() {
        flushText()
        commentBuffer.withUnsafeBufferPointer { sink.processComment($0) }
        commentBuffer.removeAll(keepingCapacity: true)
    }

    mutating func emitDoctype() {
        flushText()
        sink.processDoctype(&doctype)
        doctype = DoctypeToken()
    }

    /// Starts a new start or end tag token.
    mutating func beginTag(isEnd: Bool) {
        tag = TagToken()
        isEndTag = isEnd
        attributes.removeAll()
        decodedValues.removeAll()
        nameBuffer.removeAll()
        attributeIsDropped = true
    }

    /// Turns the tag name in `nameBuffer` (a name with U+0000) into the token's atom.
    mutating func finishTagName() {
        tag.name = names.intern(UnsafeBufferPointer(nameBuffer.elements))
    }

    /// Emits the current tag token and applies any state switch the sink asks for.
    mutating func emitTag() {
        flushText()
        tag.attributes = attributes.elements
        tag.input = input
        tag.decodedValues = UnsafeBufferPointer(decodedValues.elements)
        if isEndTag {
            if !tag.attributes.isEmpty { error(.endTagWithAttributes) }
            if tag.isSelfClosing { error(.endTagWithTrailingSolidus) }
            sink.processEndTag(&tag)
        } else {
            lastStartTagName = tag.name
            if let next = sink.processStartTag(&tag) { state = next }
        }
    }
}
