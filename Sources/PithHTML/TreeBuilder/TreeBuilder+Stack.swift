/// The stack of open elements (13.2.4.3): scopes, implied end tags, popping.
extension TreeBuilder {
    /// The bottommost node of the stack of open elements.
    var currentNode: NodeID? { openElements.last }

    /// The part of the stack of open elements that searches look at: the current node and the
    /// entries above it, ``ParserLimits/maxTreeDepth`` in all. An element further down counts as
    /// out of scope, which keeps each search bounded however deep the stack grows. (Indices are
    /// those of `openElements`.)
    var openElementsInReach: ArraySlice<NodeID> { openElements.suffix(limits.maxTreeDepth) }

    /// 13.2.4.3 "adjusted current node": the context element when fragment parsing with only the
    /// root on the stack, else the current node.
    var adjustedCurrentNode: NodeID? {
        if let contextElement, openElements.count == 1 { return contextElement }
        return openElements.last
    }

    func isHTML(_ node: NodeID, _ name: LocalName) -> Bool {
        let record = document.nodes[node.index]
        return record.name == name && record.namespace == .html
    }

    func isHTML(_ node: NodeID, in category: ElementCategory) -> Bool {
        let record = document.nodes[node.index]
        return record.namespace == .html && category.contains(record.name)
    }

    func currentNodeIs(_ name: LocalName) -> Bool {
        guard let node = currentNode else { return false }
        return isHTML(node, name)
    }

    /// Whether `node` is in the spec's "special" category (13.2.4.3).
    func isSpecial(_ node: NodeID) -> Bool {
        let record = document.nodes[node.index]
        switch record.namespace {
        case .html: return ElementSets.special.contains(record.name)
        case .mathML: return ElementSets.mathMLSpecial.contains(record.name)
        case .svg: return ElementSets.svgSpecial.contains(record.name)
        default: return false
        }
    }

    /// 13.2.6.1 MathML text integration point: MathML `mi`, `mo`, `mn`, `ms`, `mtext`.
    func isMathMLTextIntegrationPoint(_ node: NodeID) -> Bool {
        let record = document.nodes[node.index]
        return record.namespace == .mathML && ElementSets.mathMLTextIntegrationPoints.contains(record.name)
    }

    /// 13.2.6.1 HTML integration point: MathML `annotation-xml` with an HTML `encoding`, SVG
    /// `foreignObject`, `desc`, `title`.
    func isHTMLIntegrationPoint(_ node: NodeID) -> Bool {
        let record = document.nodes[node.index]
        if record.namespace == .svg {
            return record.name == .foreignObject || record.name == .desc || record.name == .title
        }
        guard record.namespace == .mathML, record.name == .annotationXml else { return false }
        guard let encoding = document.attribute(.encoding, of: node) else { return false }
        let lowered = encoding.lowercased()
        return lowered == "text/html" || lowered == "application/xhtml+xml"
    }

    /// The kinds of scope of 13.2.4.2.
    enum Scope {
        case `default`
        case listItem
        case button
        case table
    }

    /// Whether `node` ends the search for an element in `scope`.
    private func isScopeBoundary(_ node: NodeID, _ scope: Scope) -> Bool {
        let record = document.nodes[node.index]
        switch scope {
        case .table:
            return record.namespace == .html && (record.name == .html || record.name == .table || record.name == .template)
        case .default, .listItem, .button:
            switch record.namespace {
            case .html:
                if ElementSets.defaultScope.contains(record.name) { return true }
                if scope == .listItem { return record.name == .ol || record.name == .ul }
                if scope == .button { return record.name == .button }
                return false
            case .mathML:
                return ElementSets.mathMLScope.contains(record.name)
            case .svg:
                return record.name == .foreignObject || record.name == .desc || record.name == .title
            default:
                return false
            }
        }
    }

    /// "has an element in … scope" for an HTML element named `name`.
    func hasElementInScope(_ name: LocalName, _ scope: Scope = .default) -> Bool {
        for node in openElementsInReach.reversed() {
            if isHTML(node, name) { return true }
            if isScopeBoundary(node, scope) { return false }
        }
        return false
    }

    /// "has an element in … scope" for any HTML element of `category`.
    func hasElementInScope(of category: ElementCategory, _ scope: Scope = .default) -> Bool {
        for node in openElementsInReach.reversed() {
            if isHTML(node, in: category) { return true }
            if isScopeBoundary(node, scope) { return false }
        }
        return false
    }

    /// "has an element in scope" for a particular node.
    func hasNodeInScope(_ target: NodeID) -> Bool {
        for node in openElementsInReach.reversed() {
            if node == target { return true }
            if isScopeBoundary(node, .default) { return false }
        }
        return false
    }

    func stackContains(_ name: LocalName) -> Bool {
        openElementsInReach.contains { isHTML($0, name) }
    }

    var stackContainsTemplate: Bool { stackContains(.template) }

    // MARK: - Popping

    /// Pops the current node. Every pop goes through here (see `TreeBuilder+SelectedContent.swift`).
    mutating func popCurrentNode() {
        guard let node = openElements.popLast() else { return }
        if isHTML(node, .option) { optionWasPopped(node) }
        if isHTML(node, .p) { openParagraphCount -= 1 }
    }

    /// Pops elements until an HTML element named `name` has been popped.
    mutating func popUntil(_ name: LocalName) {
        while let node = currentNode {
            popCurrentNode()
            if isHTML(node, name) { return }
        }
    }

    /// Pops elements until an HTML element of `category` has been popped.
    mutating func popUntil(oneOf category: ElementCategory) {
        while let node = currentNode {
            popCurrentNode()
            if isHTML(node, in: category) { return }
        }
    }

    /// Pops elements until `target` has been popped.
    mutating func popUntil(node target: NodeID) {
        while let node = currentNode {
            popCurrentNode()
            if node == target { return }
        }
    }

    /// Removes `node` from the stack wherever it is.
    mutating func removeFromStack(_ node: NodeID) {
        guard let index = openElementsInReach.lastIndex(of: node) else { return }
        if index == openElements.count - 1 {
            popCurrentNode()
        } else {
            openElements.remove(at: index)
            if isHTML(node, .option) { optionWasPopped(node) }
            if isHTML(node, .p) { openParagraphCount -= 1 }
        }
    }

    /// 13.2.6.3 "generate implied end tags", except for HTML elements named `exception`.
    mutating func generateImpliedEndTags(except exception: LocalName? = nil) {
        while let node = currentNode, isHTML(node, in: ElementSets.impliedEndTags) {
            if let exception, isHTML(node, exception) { return }
            popCurrentNode()
        }
    }

    /// 13.2.6.3 "generate all implied end tags thoroughly".
    mutating func generateAllImpliedEndTagsThoroughly() {
        while let node = currentNode, isHTML(node, in: ElementSets.impliedEndTagsThorough) {
            popCurrentNode()
        }
    }

    /// "close a p element" (13.2.6.4.7).
    mutating func closePElement() {
        generateImpliedEndTags(except: .p)
        if !currentNodeIs(.p) { parseError() }
        popUntil(.p)
    }

    /// Closes a `p` in button scope, if there is one: the first step of many in-body start tags.
    mutating func closePElementInButtonScope() {
        if hasParagraphInButtonScope { closePElement() }
    }

    /// "Has a `p` element in button scope", without a search when no `p` is open. (`p` elements
    /// enter the stack only through `insertAtAppropriatePlace` and leave it only through
    /// `popCurrentNode` and `removeFromStack`: the adoption agency moves only formatting elements
    /// and the non-special elements between them and the furthest block.)
    var hasParagraphInButtonScope: Bool {
        openParagraphCount > 0 && hasElementInScope(.p, .button)
    }

    /// 13.2.4.1 "reset the insertion mode appropriately" (without the `select` steps removed in 2025).
    mutating func resetInsertionMode() {
        var index = openElements.count - 1
        // Past the reach nothing matched: the mode is "in body", as at the bottom of the stack.
        let lowest = openElementsInReach.startIndex
        while index >= lowest {
            var node = openElements[index]
            let isLast = index == 0
            if isLast, let contextElement { node = contextElement }
            let record = document.nodes[node.index]
            if record.namespace == .html {
                switch record.name {
                case .td where !isLast, .th where !isLast:
                    mode = .inCell
                    return
                case .tr:
                    mode = .inRow
                    return
                case .tbody, .thead, .tfoot:
                    mode = .inTableBody
                    return
                case .caption:
                    mode = .inCaption
                    return
                case .colgroup:
                    mode = .inColumnGroup
                    return
                case .table:
                    mode = .inTable
                    return
                case .template:
                    mode = templateModes.last ?? .inBody
                    return
                case .head where !isLast:
                    mode = .inHead
                    return
                case .body:
                    mode = .inBody
                    return
                case .frameset:
                    mode = .inFrameset
                    return
                case .html:
                    mode = headElement == nil ? .beforeHead : .afterHead
                    return
                default:
                    break
                }
            }
            if isLast {
                mode = .inBody
                return
            }
            index -= 1
        }
        mode = .inBody
    }

    /// Table-context clearing (13.2.6.4.9, .13, .14): pops until the current node is one of `names`
    /// or `template` or `html`.
    mutating func clearStack(backTo category: ElementCategory) {
        while let node = currentNode, !isHTML(node, in: category) {
            popCurrentNode()
        }
    }
}
