/// 13.2.6.4.7 The "in body" insertion mode: end tags.
extension TreeBuilder {
    mutating func inBodyEndTag(_ token: TreeToken) {
        let name = tag.name
        switch name {
        case .template:
            processInHead(token)
        case .body:
            guard hasElementInScope(.body) else { return parseError() }
            if openElementsInReach.contains(where: { !isHTML($0, in: ElementSets.allowedOpenAtEnd) }) { parseError() }
            mode = .afterBody
        case .html:
            guard hasElementInScope(.body) else { return parseError() }
            if openElementsInReach.contains(where: { !isHTML($0, in: ElementSets.allowedOpenAtEnd) }) { parseError() }
            reprocess(token, in: .afterBody)
        case _ where ElementSets.blockEndTags.contains(name):
            guard hasElementInScope(name) else { return parseError() }
            generateImpliedEndTags()
            if !currentNodeIs(name) { parseError() }
            popUntil(name)
        case .form:
            formEndTag()
        case .p:
            if !hasParagraphInButtonScope {
                parseError()
                insertHTMLElement(named: .p)
            }
            closePElement()
        case .li:
            guard hasElementInScope(.li, .listItem) else { return parseError() }
            generateImpliedEndTags(except: .li)
            if !currentNodeIs(.li) { parseError() }
            popUntil(.li)
        case .dd, .dt:
            guard hasElementInScope(name) else { return parseError() }
            generateImpliedEndTags(except: name)
            if !currentNodeIs(name) { parseError() }
            popUntil(name)
        case _ where ElementSets.headings.contains(name):
            guard hasElementInScope(of: ElementSets.headings) else { return parseError() }
            generateImpliedEndTags()
            if !currentNodeIs(name) { parseError() }
            popUntil(oneOf: ElementSets.headings)
        case _ where ElementSets.adoptionAgencyEndTags.contains(name):
            if !runAdoptionAgency(name) { inBodyAnyOtherEndTag(named: name) }
        case .applet, .marquee, .object:
            guard hasElementInScope(name) else { return parseError() }
            generateImpliedEndTags()
            if !currentNodeIs(name) { parseError() }
            popUntil(name)
            clearActiveFormattingElementsToLastMarker()
        case .br:
            // `</br>` is treated as `<br>` without attributes.
            parseError()
            tag.attributes.removeAll()
            reconstructActiveFormattingElements()
            insertVoidHTMLElement()
            framesetOK = false
        default:
            inBodyAnyOtherEndTag(named: name)
        }
    }

    private mutating func formEndTag() {
        if !stackContainsTemplate {
            let node = formElement
            formElement = nil
            guard let node, hasNodeInScope(node) else { return parseError() }
            generateImpliedEndTags()
            if currentNode != node { parseError() }
            removeFromStack(node)
        } else {
            guard hasElementInScope(.form) else { return parseError() }
            generateImpliedEndTags()
            if !currentNodeIs(.form) { parseError() }
            popUntil(.form)
        }
    }

    /// "Any other end tag" in body: close the nearest open element of that name, unless a special
    /// element comes first.
    mutating func inBodyAnyOtherEndTag(named name: LocalName) {
        for index in openElementsInReach.indices.reversed() {
            let node = openElements[index]
            if isHTML(node, name) {
                generateImpliedEndTags(except: name)
                if currentNode != node { parseError() }
                popUntil(node: node)
                return
            }
            if isSpecial(node) {
                parseError()
                return
            }
        }
    }
}
