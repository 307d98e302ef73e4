/// The insertion modes before the body: "initial" to "after head" (13.2.6.4.1–6), and "text".
extension TreeBuilder {
    /// 13.2.6.4.1 The "initial" insertion mode.
    mutating func processInitial(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            let whitespace = leadingWhitespaceCount(text)
            if whitespace < text.count {
                initialAnythingElse(.characters(UnsafeBufferPointer(rebasing: text[whitespace...])))
            }
        case .comment(let data):
            insertComment(data, asLastChildOf: .document)
        case .doctype:
            insertDoctype()
            mode = .beforeHTML
        default:
            initialAnythingElse(token)
        }
    }

    private mutating func initialAnythingElse(_ token: TreeToken) {
        parseError()
        document.quirksMode = .quirks
        reprocess(token, in: .beforeHTML)
    }

    private mutating func insertDoctype() {
        let name = doctype.name.map { String(decoding: $0, as: UTF8.self) }
        let publicIdentifier = doctype.publicIdentifier.map { String(decoding: $0, as: UTF8.self) }
        let systemIdentifier = doctype.systemIdentifier.map { String(decoding: $0, as: UTF8.self) }
        if name != "html" || publicIdentifier != nil || (systemIdentifier != nil && systemIdentifier != "about:legacy-compat") {
            parseError()
        }
        let node = document.createDoctype(DoctypeRecord(
            name: name ?? "",
            publicIdentifier: publicIdentifier,
            systemIdentifier: systemIdentifier
        ))
        document.insert(node, into: .document)
        document.quirksMode = quirksMode(name: name, publicIdentifier: publicIdentifier, systemIdentifier: systemIdentifier)
    }

    /// The DOCTYPE conditions of 13.2.6.4.1 (identifiers compared ASCII case-insensitively).
    private func quirksMode(name: String?, publicIdentifier: String?, systemIdentifier: String?) -> QuirksMode {
        if doctype.forceQuirks || name != "html" { return .quirks }
        let publicID = publicIdentifier?.lowercased()
        let systemID = systemIdentifier?.lowercased()
        if let publicID {
            if DoctypeQuirks.quirksPublicIdentifiers.contains(publicID) { return .quirks }
            if DoctypeQuirks.quirksPublicPrefixes.contains(where: publicID.hasPrefix) { return .quirks }
            if systemID == nil, DoctypeQuirks.quirksPublicPrefixesWithoutSystemIdentifier.contains(where: publicID.hasPrefix) {
                return .quirks
            }
        }
        if let systemID, DoctypeQuirks.quirksSystemIdentifiers.contains(systemID) { return .quirks }
        if let publicID {
            if DoctypeQuirks.limitedQuirksPublicPrefixes.contains(where: publicID.hasPrefix) { return .limitedQuirks }
            if systemID != nil, DoctypeQuirks.limitedQuirksPublicPrefixesWithSystemIdentifier.contains(where: publicID.hasPrefix) {
                return .limitedQuirks
            }
        }
        return .noQuirks
    }

    /// 13.2.6.4.2 The "before html" insertion mode.
    mutating func processBeforeHTML(_ token: TreeToken) {
        switch token {
        case .doctype:
            parseError()
        case .comment(let data):
            insertComment(data, asLastChildOf: .document)
        case .characters(let text):
            let whitespace = leadingWhitespaceCount(text)
            if whitespace < text.count {
                beforeHTMLAnythingElse(.characters(UnsafeBufferPointer(rebasing: text[whitespace...])))
            }
        case .startTag where tag.name == .html:
            let html = document.createElement(.html, namespace: .html, tag: tag)
            document.insert(html, into: .document)
            pushOpenElement(html)
            mode = .beforeHead
        case .endTag where ![.head, .body, .html, .br].contains(tag.name):
            parseError()
        default:
            beforeHTMLAnythingElse(token)
        }
    }

    private mutating func beforeHTMLAnythingElse(_ token: TreeToken) {
        let html = document.createElement(.html, namespace: .html, tag: TagToken())
        document.insert(html, into: .document)
        pushOpenElement(html)
        reprocess(token, in: .beforeHead)
    }

    /// 13.2.6.4.3 The "before head" insertion mode.
    mutating func processBeforeHead(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            let whitespace = leadingWhitespaceCount(text)
            if whitespace < text.count {
                beforeHeadAnythingElse(.characters(UnsafeBufferPointer(rebasing: text[whitespace...])))
            }
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError()
        case .startTag where tag.name == .html:
            processInBody(token)
        case .startTag where tag.name == .head:
            headElement = insertHTMLElement()
            mode = .inHead
        case .endTag where ![.head, .body, .html, .br].contains(tag.name):
            parseError()
        default:
            beforeHeadAnythingElse(token)
        }
    }

    private mutating func beforeHeadAnythingElse(_ token: TreeToken) {
        headElement = insertHTMLElement(named: .head)
        reprocess(token, in: .inHead)
    }

    /// 13.2.6.4.4 The "in head" insertion mode.
    mutating func processInHead(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            let whitespace = leadingWhitespaceCount(text)
            if whitespace > 0 { insertCharacters(UnsafeBufferPointer(rebasing: text[..<whitespace])) }
            if whitespace < text.count {
                inHeadAnythingElse(.characters(UnsafeBufferPointer(rebasing: text[whitespace...])))
            }
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError()
        case .startTag:
            inHeadStartTag(token)
        case .endTag:
            switch tag.name {
            case .head:
                popCurrentNode()
                mode = .afterHead
            case .body, .html, .br:
                inHeadAnythingElse(token)
            case .template:
                templateEndTag()
            default:
                parseError()
            }
        default:
            inHeadAnythingElse(token)
        }
    }

    private mutating func inHeadStartTag(_ token: TreeToken) {
        switch tag.name {
        case .html:
            processInBody(token)
        case .base, .basefont, .bgsound, .link, .meta:
            insertVoidHTMLElement()
        case .title:
            parseGenericText(.rcdata)
        case .noscript where scriptingEnabled, .noframes, .style:
            parseGenericText(.rawtext)
        case .noscript:
            insertHTMLElement()
            mode = .inHeadNoscript
        case .script:
            parseGenericText(.scriptData)
        case .template:
            insertHTMLElement()
            activeFormattingElements.append(.marker)
            framesetOK = false
            mode = .inTemplate
            templateModes.append(.inTemplate)
        case .head:
            parseError()
        default:
            inHeadAnythingElse(token)
        }
    }

    /// The "in head" rules for `</template>`.
    mutating func templateEndTag() {
        guard stackContainsTemplate else { return parseError() }
        generateAllImpliedEndTagsThoroughly()
        if !currentNodeIs(.template) { parseError() }
        popUntil(.template)
        clearActiveFormattingElementsToLastMarker()
        templateModes.removeLast()
        resetInsertionMode()
    }

    private mutating func inHeadAnythingElse(_ token: TreeToken) {
        popCurrentNode()
        reprocess(token, in: .afterHead)
    }

    /// 13.2.6.4.5 The "in head noscript" insertion mode.
    mutating func processInHeadNoscript(_ token: TreeToken) {
        switch token {
        case .doctype:
            parseError()
        case .startTag where tag.name == .html:
            processInBody(token)
        case .endTag where tag.name == .noscript:
            popCurrentNode()
            mode = .inHead
        case .characters(let text):
            let whitespace = leadingWhitespaceCount(text)
            if whitespace > 0 { processInHead(.characters(UnsafeBufferPointer(rebasing: text[..<whitespace]))) }
            if whitespace < text.count {
                inHeadNoscriptAnythingElse(.characters(UnsafeBufferPointer(rebasing: text[whitespace...])))
            }
        case .comment:
            processInHead(token)
        case .startTag where [.basefont, .bgsound, .link, .meta, .noframes, .style].contains(tag.name):
            processInHead(token)
        case .startTag where tag.name == .head || tag.name == .noscript:
            parseError()
        case .endTag where tag.name != .br:
            parseError()
        default:
            inHeadNoscriptAnythingElse(token)
        }
    }

    private mutating func inHeadNoscriptAnythingElse(_ token: TreeToken) {
        parseError()
        popCurrentNode()
        reprocess(token, in: .inHead)
    }

    /// 13.2.6.4.6 The "after head" insertion mode.
    mutating func processAfterHead(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            let whitespace = leadingWhitespaceCount(text)
            if whitespace > 0 { insertCharacters(UnsafeBufferPointer(rebasing: text[..<whitespace])) }
            if whitespace < text.count {
                afterHeadAnythingElse(.characters(UnsafeBufferPointer(rebasing: text[whitespace...])))
            }
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError()
        case .startTag:
            switch tag.name {
            case .html:
                processInBody(token)
            case .body:
                insertHTMLElement()
                framesetOK = false
                mode = .inBody
            case .frameset:
                insertHTMLElement()
                mode = .inFrameset
            case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title:
                parseError()
                guard let headElement else { return processInHead(token) }
                pushOpenElement(headElement)
                processInHead(token)
                removeFromStack(headElement)
            case .head:
                parseError()
            default:
                afterHeadAnythingElse(token)
            }
        case .endTag:
            switch tag.name {
            case .template:
                processInHead(token)
            case .body, .html, .br:
                afterHeadAnythingElse(token)
            default:
                parseError()
            }
        default:
            afterHeadAnythingElse(token)
        }
    }

    private mutating func afterHeadAnythingElse(_ token: TreeToken) {
        insertHTMLElement(named: .body)
        reprocess(token, in: .inBody)
    }

    /// 13.2.6.4.8 The "text" insertion mode (RCDATA, RAWTEXT and script contents).
    mutating func processText(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            insertCharacters(text)
        case .nullCharacter:
            // The tokenizer never emits U+0000 in these states; keep the tree sound if it did.
            insertReplacementCharacter()
        case .endOfFile:
            parseError()
            popCurrentNode()
            reprocess(token, in: originalMode)
        case .endTag:
            popCurrentNode()
            mode = originalMode
        default:
            break
        }
    }
}
