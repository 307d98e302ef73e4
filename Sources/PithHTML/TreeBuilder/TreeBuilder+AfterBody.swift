/// "in template" and the modes after the body: after body, in frameset, after frameset, after
/// after body, after after frameset (13.2.6.4.18–23).
extension TreeBuilder {
    /// 13.2.6.4.18 The "in template" insertion mode.
    mutating func processInTemplate(_ token: TreeToken) {
        switch token {
        case .characters, .nullCharacter, .comment, .doctype:
            processInBody(token)
        case .startTag:
            switch tag.name {
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                processInHead(token)
            case .caption, .colgroup, .tbody, .tfoot, .thead:
                switchTemplateMode(to: .inTable, reprocessing: token)
            case .col:
                switchTemplateMode(to: .inColumnGroup, reprocessing: token)
            case .tr:
                switchTemplateMode(to: .inTableBody, reprocessing: token)
            case .td, .th:
                switchTemplateMode(to: .inRow, reprocessing: token)
            default:
                switchTemplateMode(to: .inBody, reprocessing: token)
            }
        case .endTag:
            if tag.name == .template { processInHead(token) } else { parseError() }
        case .endOfFile:
            guard stackContainsTemplate else { return stopParsing() }
            parseError()
            popUntil(.template)
            clearActiveFormattingElementsToLastMarker()
            templateModes.removeLast()
            resetInsertionMode()
            // Reprocessed by `processEndOfFile()`, without recursion.
            reprocessesEndOfFile = true
        }
    }

    private mutating func switchTemplateMode(to newMode: InsertionMode, reprocessing token: TreeToken) {
        templateModes.removeLast()
        templateModes.append(newMode)
        reprocess(token, in: newMode)
    }

    /// 13.2.6.4.19 The "after body" insertion mode.
    mutating func processAfterBody(_ token: TreeToken) {
        switch token {
        case .characters(let text) where isAllWhitespace(text):
            processInBody(token)
        case .comment(let data):
            insertComment(data, asLastChildOf: openElements[0])
        case .doctype:
            parseError()
        case .startTag where tag.name == .html:
            processInBody(token)
        case .endTag where tag.name == .html:
            if contextElement != nil { return parseError() }
            mode = .afterAfterBody
        case .endOfFile:
            stopParsing()
        default:
            parseError()
            reprocess(token, in: .inBody)
        }
    }

    /// 13.2.6.4.20 The "in frameset" insertion mode.
    mutating func processInFrameset(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            insertWhitespaceOnly(text)
        case .comment(let data):
            insertComment(data)
        case .startTag:
            switch tag.name {
            case .html: processInBody(token)
            case .frameset: insertHTMLElement()
            case .frame: insertVoidHTMLElement()
            case .noframes: processInHead(token)
            default: parseError()
            }
        case .endTag where tag.name == .frameset:
            guard openElements.count > 1 else { return parseError() }
            popCurrentNode()
            if contextElement == nil && !currentNodeIs(.frameset) { mode = .afterFrameset }
        case .endOfFile:
            if openElements.count > 1 { parseError() }
            stopParsing()
        default:
            parseError()
        }
    }

    /// 13.2.6.4.21 The "after frameset" insertion mode.
    mutating func processAfterFrameset(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            insertWhitespaceOnly(text)
        case .comment(let data):
            insertComment(data)
        case .startTag where tag.name == .html:
            processInBody(token)
        case .startTag where tag.name == .noframes:
            processInHead(token)
        case .endTag where tag.name == .html:
            mode = .afterAfterFrameset
        case .endOfFile:
            stopParsing()
        default:
            parseError()
        }
    }

    /// 13.2.6.4.22 The "after after body" insertion mode.
    mutating func processAfterAfterBody(_ token: TreeToken) {
        switch token {
        case .comment(let data):
            insertComment(data, asLastChildOf: .document)
        case .doctype:
            processInBody(token)
        case .startTag where tag.name == .html:
            processInBody(token)
        case .characters(let text) where isAllWhitespace(text):
            processInBody(token)
        case .endOfFile:
            stopParsing()
        default:
            parseError()
            reprocess(token, in: .inBody)
        }
    }

    /// 13.2.6.4.23 The "after after frameset" insertion mode.
    mutating func processAfterAfterFrameset(_ token: TreeToken) {
        switch token {
        case .comment(let data):
            insertComment(data, asLastChildOf: .document)
        case .doctype:
            processInBody(token)
        case .startTag where tag.name == .html:
            processInBody(token)
        case .characters(let text):
            // Whitespace is processed as in body; every other character is a parse error.
            var whitespace: [UInt8] = []
            for byte in text where ASCII.isWhitespace(byte) { whitespace.append(byte) }
            if whitespace.count < text.count { parseError() }
            if !whitespace.isEmpty {
                whitespace.withUnsafeBufferPointer { processInBody(.characters($0)) }
            }
        case .startTag where tag.name == .noframes:
            processInHead(token)
        case .endOfFile:
            stopParsing()
        default:
            parseError()
        }
    }

    /// Frameset modes insert whitespace characters and ignore every other character.
    private mutating func insertWhitespaceOnly(_ text: UnsafeBufferPointer<UInt8>) {
        var whitespace: [UInt8] = []
        for byte in text where ASCII.isWhitespace(byte) { whitespace.append(byte) }
        if whitespace.count < text.count { parseError() }
        if !whitespace.isEmpty { whitespace.withUnsafeBufferPointer { insertCharacters($0) } }
    }
}
