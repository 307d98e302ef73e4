/// 13.2.6.4.7 The "in body" insertion mode: characters, comments, end of file and start tags.
/// End tags are in `TreeBuilder+InBodyEndTags.swift`.
extension TreeBuilder {
    mutating func processInBody(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            reconstructActiveFormattingElements()
            insertCharacters(text)
            if framesetOK && !isAllWhitespace(text) { framesetOK = false }
        case .nullCharacter:
            parseError()
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError()
        case .startTag:
            inBodyStartTag(token)
        case .endTag:
            inBodyEndTag(token)
        case .endOfFile:
            if !templateModes.isEmpty {
                processInTemplate(token)
            } else {
                if openElementsInReach.contains(where: { !isHTML($0, in: ElementSets.allowedOpenAtEnd) }) { parseError() }
                stopParsing()
            }
        }
    }

    private mutating func inBodyStartTag(_ token: TreeToken) {
        let name = tag.name
        switch name {
        case .html:
            parseError()
            guard !stackContainsTemplate, let html = openElements.first else { return }
            document.addMissingAttributes(from: tag, to: html, limit: limits.maxAttributesPerElement)
        case _ where ElementSets.headStartTags.contains(name):
            processInHead(token)
        case .body:
            parseError()
            guard openElements.count > 1, isHTML(openElements[1], .body), !stackContainsTemplate else { return }
            framesetOK = false
            document.addMissingAttributes(from: tag, to: openElements[1], limit: limits.maxAttributesPerElement)
        case .frameset:
            parseError()
            guard openElements.count > 1, isHTML(openElements[1], .body), framesetOK else { return }
            document.remove(openElements[1])
            while openElements.count > 1 { popCurrentNode() }
            insertHTMLElement()
            mode = .inFrameset
        case _ where ElementSets.blockStartTags.contains(name):
            closePElementInButtonScope()
            insertHTMLElement()
        case _ where ElementSets.headings.contains(name):
            closePElementInButtonScope()
            if let current = currentNode, isHTML(current, in: ElementSets.headings) {
                parseError()
                popCurrentNode()
            }
            insertHTMLElement()
        case .pre, .listing:
            closePElementInButtonScope()
            insertHTMLElement()
            skipNextLineFeed = true
            framesetOK = false
        case .form:
            if formElement != nil && !stackContainsTemplate { return parseError() }
            closePElementInButtonScope()
            let form = insertHTMLElement()
            if !stackContainsTemplate { formElement = form }
        case .li:
            listItemStartTag(closing: ElementSets.listItems)
        case .dd, .dt:
            listItemStartTag(closing: ElementSets.definitionItems)
        case .plaintext:
            closePElementInButtonScope()
            insertHTMLElement()
            tokenizerStateRequest = .plaintext
        case .button:
            if hasElementInScope(.button) {
                parseError()
                generateImpliedEndTags()
                popUntil(.button)
            }
            reconstructActiveFormattingElements()
            insertHTMLElement()
            framesetOK = false
        case .a:
            anchorStartTag()
        case _ where ElementSets.plainFormattingStartTags.contains(name):
            reconstructActiveFormattingElements()
            pushActiveFormattingElement(insertHTMLElement())
        case .nobr:
            reconstructActiveFormattingElements()
            if hasElementInScope(.nobr) {
                parseError()
                if !runAdoptionAgency(.nobr) { inBodyAnyOtherEndTag(named: .nobr) }
                reconstructActiveFormattingElements()
            }
            pushActiveFormattingElement(insertHTMLElement())
        case .applet, .marquee, .object:
            reconstructActiveFormattingElements()
            insertHTMLElement()
            activeFormattingElements.append(.marker)
            framesetOK = false
        case .table:
            if document.quirksMode != .quirks { closePElementInButtonScope() }
            insertHTMLElement()
            framesetOK = false
            mode = .inTable
        case _ where ElementSets.voidFormattingStartTags.contains(name):
            reconstructActiveFormattingElements()
            insertVoidHTMLElement()
            framesetOK = false
        case .input:
            inputStartTag()
        case .param, .source, .track:
            insertVoidHTMLElement()
        case .hr:
            closePElementInButtonScope()
            if hasElementInScope(.select) {
                generateImpliedEndTags()
                if hasElementInScope(.option) || hasElementInScope(.optgroup) { parseError() }
            }
            insertVoidHTMLElement()
            framesetOK = false
        case .image:
            parseError()
            tag.name = .img
            processInBody(token)
        case .textarea:
            insertHTMLElement()
            skipNextLineFeed = true
            tokenizerStateRequest = .rcdata
            originalMode = mode
            framesetOK = false
            mode = .text
        case .xmp:
            closePElementInButtonScope()
            reconstructActiveFormattingElements()
            framesetOK = false
            parseGenericText(.rawtext)
        case .iframe:
            framesetOK = false
            parseGenericText(.rawtext)
        case .noembed:
            parseGenericText(.rawtext)
        case .noscript where scriptingEnabled:
            parseGenericText(.rawtext)
        case .select:
            selectStartTag()
        case .option:
            if hasElementInScope(.select) {
                generateImpliedEndTags(except: .optgroup)
                if hasElementInScope(.option) { parseError() }
            } else if currentNodeIs(.option) {
                popCurrentNode()
            }
            reconstructActiveFormattingElements()
            insertHTMLElement()
        case .optgroup:
            if hasElementInScope(.select) {
                generateImpliedEndTags()
                if hasElementInScope(.option) || hasElementInScope(.optgroup) { parseError() }
            } else if currentNodeIs(.option) {
                popCurrentNode()
            }
            reconstructActiveFormattingElements()
            insertHTMLElement()
        case .rb, .rtc:
            if hasElementInScope(.ruby) {
                generateImpliedEndTags()
                if !currentNodeIs(.ruby) { parseError() }
            }
            insertHTMLElement()
        case .rp, .rt:
            if hasElementInScope(.ruby) {
                generateImpliedEndTags(except: .rtc)
                if !currentNodeIs(.rtc) && !currentNodeIs(.ruby) { parseError() }
            }
            insertHTMLElement()
        case .math:
            reconstructActiveFormattingElements()
            adjustMathMLAttributes()
            adjustForeignAttributes()
            insertForeignElementFromBody(namespace: .mathML)
        case .svg:
            reconstructActiveFormattingElements()
            adjustSVGAttributes()
            adjustForeignAttributes()
            insertForeignElementFromBody(namespace: .svg)
        case _ where ElementSets.ignoredTableStartTags.contains(name):
            parseError()
        default:
            reconstructActiveFormattingElements()
            insertHTMLElement()
        }
    }

    private mutating func insertForeignElementFromBody(namespace: Namespace) {
        insertElement(namespace: namespace)
        if tag.isSelfClosing {
            popCurrentNode()
            acknowledgeSelfClosingFlag()
        }
    }

    /// The `li` and `dd`/`dt` start tags: close an open item of the same kind first.
    private mutating func listItemStartTag(closing items: ElementCategory) {
        framesetOK = false
        for node in openElementsInReach.reversed() {
            if isHTML(node, in: items) {
                let name = document.name(of: node)
                generateImpliedEndTags(except: name)
                if !currentNodeIs(name) { parseError() }
                popUntil(name)
                break
            }
            if isSpecial(node) && !isHTML(node, .address) && !isHTML(node, .div) && !isHTML(node, .p) { break }
        }
        closePElementInButtonScope()
        insertHTMLElement()
    }

    /// The `a` start tag: an open `a` is closed by the adoption agency first.
    private mutating func anchorStartTag() {
        for entry in activeFormattingElements.reversed() {
            guard case .element(let node) = entry else { break }
            guard isHTML(node, .a) else { continue }
            parseError()
            _ = runAdoptionAgency(.a)
            if let index = formattingIndex(of: node) { activeFormattingElements.remove(at: index) }
            removeFromStack(node)
            break
        }
        reconstructActiveFormattingElements()
        pushActiveFormattingElement(insertHTMLElement())
    }

    /// The `input` start tag, with the 2025 select rules.
    private mutating func inputStartTag() {
        if let contextElement, isHTML(contextElement, .select) { return parseError() }
        if hasElementInScope(.select) {
            parseError()
            popUntil(.select)
        }
        reconstructActiveFormattingElements()
        let isHidden = tag.value(of: .type)?.lowercased() == "hidden"
        insertVoidHTMLElement()
        if !isHidden { framesetOK = false }
    }

    /// The `select` start tag (2025 customizable select): a nested select closes the open one.
    private mutating func selectStartTag() {
        if let contextElement, isHTML(contextElement, .select) { return parseError() }
        if hasElementInScope(.select) {
            parseError()
            popUntil(.select)
            return
        }
        reconstructActiveFormattingElements()
        insertHTMLElement()
        framesetOK = false
    }
}
