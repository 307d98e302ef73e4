/// The WHATWG tree builder (13.2.6): consumes tokens, builds a ``Document``.
///
/// The insertion modes live in one file per family (`TreeBuilder+InBody.swift`,
/// `TreeBuilder+Tables.swift`, …); the algorithms they share (scopes, insertion, the list of active
/// formatting elements, the adoption agency) in the others. Every traversal is a loop over the
/// stack of open elements or the arena's links: nothing recurses.
package struct TreeBuilder: TokenSink {
    package var document: Document
    package var limits: ParserLimits
    let scriptingEnabled: Bool

    var mode: InsertionMode = .initial
    var originalMode: InsertionMode = .initial
    var templateModes: [InsertionMode] = []
    var openElements: [NodeID] = []
    /// HTML `p` elements on the stack of open elements: most block start tags first close a `p`
    /// in button scope, and with none open that check needs no search of the stack.
    var openParagraphCount = 0
    var activeFormattingElements: [FormattingEntry] = []
    var headElement: NodeID?
    var formElement: NodeID?
    var framesetOK = true
    var fosterParenting = false
    /// Set after `pre`, `listing` and `textarea` start tags: a line feed right after them is dropped.
    var skipNextLineFeed = false
    /// "in table text": the pending character tokens.
    var pendingTableCharacters: [UInt8] = []
    /// The fragment parsing algorithm's context element (a detached node), if fragment parsing.
    var contextElement: NodeID?
    /// The current tag or DOCTYPE token (see ``TreeToken``).
    var tag = TagToken()
    var doctype = DoctypeToken()
    /// The state the tokenizer must switch to after the current start tag.
    var tokenizerStateRequest: TokenizerState?
    /// Each select's `option` whose selectedness is true (see `TreeBuilder+SelectedContent.swift`).
    /// Keyed by select, so that finding a select's selected option costs no scan of all options.
    var selectedOptions: [NodeID: NodeID] = [:]
    /// Each select's enabled `selectedcontent` element, once one is inserted.
    var selectedContentElements: [NodeID: NodeID] = [:]
    package var collectsErrors = false
    package var errors: [ParseErrorLocation] = []
    package private(set) var isStopped = false
    /// Set by "in template" after it closes a template at the end of the file: the end-of-file
    /// token is to be processed again (see ``processEndOfFile()``).
    var reprocessesEndOfFile = false
    var currentOffset = 0

    /// - Parameters:
    ///   - inputBytes: the input's length, which bounds the characters the document keeps.
    ///   - tagMarks: the number of `<` in the input: each tag makes at most one element and one text
    ///     node follows it, so this sizes the node array without the slack of repeated doubling.
    package init(scriptingEnabled: Bool, limits: ParserLimits, inputBytes: Int, tagMarks: Int) {
        self.scriptingEnabled = scriptingEnabled
        self.limits = limits
        self.document = Document(expectedNodes: tagMarks + 16, expectedBytes: inputBytes + 64)
    }

    // MARK: - TokenSink

    package mutating func processCharacters(_ bytes: UnsafeBufferPointer<UInt8>) {
        var bytes = bytes
        if skipNextLineFeed {
            skipNextLineFeed = false
            if bytes.first == ASCII.lineFeed {
                bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst())
                if bytes.isEmpty { return }
            }
        }
        dispatch(.characters(bytes))
    }

    package mutating func processNullCharacter() {
        skipNextLineFeed = false
        dispatch(.nullCharacter)
    }

    package mutating func processStartTag(_ tag: inout TagToken) -> TokenizerState? {
        skipNextLineFeed = false
        swap(&self.tag, &tag)
        tokenizerStateRequest = nil
        dispatch(.startTag)
        if self.tag.isSelfClosing {
            // Start tags that may self-close acknowledge the flag by clearing it.
            parseError(.nonVoidHTMLElementStartTagWithTrailingSolidus)
        }
        swap(&self.tag, &tag)
        if document.nodes.count >= limits.maxNodes {
            isStopped = true
            document.isTruncated = true
        }
        return tokenizerStateRequest
    }

    package mutating func processEndTag(_ tag: inout TagToken) {
        skipNextLineFeed = false
        swap(&self.tag, &tag)
        dispatch(.endTag)
        swap(&self.tag, &tag)
    }

    package mutating func processComment(_ bytes: UnsafeBufferPointer<UInt8>) {
        skipNextLineFeed = false
        dispatch(.comment(bytes))
    }

    package mutating func processDoctype(_ doctype: inout DoctypeToken) {
        skipNextLineFeed = false
        swap(&self.doctype, &doctype)
        dispatch(.doctype)
        swap(&self.doctype, &doctype)
    }

    package mutating func processEndOfFile() {
        skipNextLineFeed = false
        dispatch(.endOfFile)
        // "In template" reprocesses the token after each template it closes (13.2.6.4.18). Looping
        // here rather than recursing keeps the call stack flat however deeply templates nest.
        while reprocessesEndOfFile {
            reprocessesEndOfFile = false
            process(.endOfFile, in: mode)
        }
    }

    package var allowsCDATASection: Bool {
        guard let node = adjustedCurrentNode else { return false }
        return document.nodes[node.index].namespace != .html
    }

    package mutating func reportError(_ error: ParseError, at offset: Int) {
        currentOffset = offset
        if collectsErrors { errors.append(ParseErrorLocation(error: error, offset: offset)) }
    }

    mutating func parseError(_ error: ParseError = .unexpectedToken) {
        if collectsErrors { errors.append(ParseErrorLocation(error: error, offset: currentOffset)) }
    }

    // MARK: - Dispatch

    /// 13.2.6 Tree construction dispatcher: HTML content rules or foreign content rules.
    mutating func dispatch(_ token: TreeToken) {
        if usesHTMLContentRules(for: token) {
            process(token, in: mode)
        } else {
            processInForeignContent(token)
        }
    }

    private func usesHTMLContentRules(for token: TreeToken) -> Bool {
        guard let node = adjustedCurrentNode else { return true }
        let record = document.nodes[node.index]
        if record.namespace == .html { return true }
        switch token {
        case .endOfFile:
            return true
        case .startTag:
            if isMathMLTextIntegrationPoint(node) && tag.name != .mglyph && tag.name != .malignmark { return true }
            if record.namespace == .mathML && record.name == .annotationXml && tag.name == .svg { return true }
            return isHTMLIntegrationPoint(node)
        case .characters, .nullCharacter:
            return isMathMLTextIntegrationPoint(node) || isHTMLIntegrationPoint(node)
        default:
            return false
        }
    }

    /// Processes `token` using the rules for `mode` (13.2.6.4).
    mutating func process(_ token: TreeToken, in mode: InsertionMode) {
        switch mode {
        case .initial: processInitial(token)
        case .beforeHTML: processBeforeHTML(token)
        case .beforeHead: processBeforeHead(token)
        case .inHead: processInHead(token)
        case .inHeadNoscript: processInHeadNoscript(token)
        case .afterHead: processAfterHead(token)
        case .inBody: processInBody(token)
        case .text: processText(token)
        case .inTable: processInTable(token)
        case .inTableText: processInTableText(token)
        case .inCaption: processInCaption(token)
        case .inColumnGroup: processInColumnGroup(token)
        case .inTableBody: processInTableBody(token)
        case .inRow: processInRow(token)
        case .inCell: processInCell(token)
        case .inTemplate: processInTemplate(token)
        case .afterBody: processAfterBody(token)
        case .inFrameset: processInFrameset(token)
        case .afterFrameset: processAfterFrameset(token)
        case .afterAfterBody: processAfterAfterBody(token)
        case .afterAfterFrameset: processAfterAfterFrameset(token)
        }
    }

    /// Switches mode and processes the token again.
    mutating func reprocess(_ token: TreeToken, in newMode: InsertionMode) {
        mode = newMode
        process(token, in: newMode)
    }

    /// Clears the self-closing flag of the current start tag ("acknowledge the self-closing flag").
    mutating func acknowledgeSelfClosingFlag() { tag.isSelfClosing = false }

    /// 13.2.6.5 "stop parsing": pops every open element (which lets popped `option`s update their
    /// `selectedcontent`).
    mutating func stopParsing() {
        while !openElements.isEmpty { popCurrentNode() }
    }
}

/// A parse error and the byte offset in the decoded input where it was detected.
public struct ParseErrorLocation: Hashable, Sendable {
    public let error: ParseError
    public let offset: Int
}

/// Splits a character run into its leading ASCII whitespace and the rest.
@inline(__always)
func leadingWhitespaceCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    while count < bytes.count && ASCII.isWhitespace(bytes[count]) { count += 1 }
    return count
}

/// Whether every byte of the run is ASCII whitespace.
@inline(__always)
func isAllWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    leadingWhitespaceCount(bytes) == bytes.count
}
