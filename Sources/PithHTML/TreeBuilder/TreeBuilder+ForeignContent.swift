/// 13.2.6.5 The rules for parsing tokens in foreign content (SVG and MathML).
extension TreeBuilder {
    mutating func processInForeignContent(_ token: TreeToken) {
        switch token {
        case .nullCharacter:
            parseError()
            insertReplacementCharacter()
        case .characters(let text):
            insertCharacters(text)
            if framesetOK && !isAllWhitespace(text) { framesetOK = false }
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError()
        case .startTag:
            if breaksOutOfForeignContent {
                parseError()
                popUntilHTMLOrIntegrationPoint()
                process(token, in: mode)
            } else {
                foreignStartTag()
            }
        case .endTag:
            if tag.name == .br || tag.name == .p {
                parseError()
                popUntilHTMLOrIntegrationPoint()
                process(token, in: mode)
            } else {
                foreignEndTag(token)
            }
        case .endOfFile:
            process(token, in: mode)
        }
    }

    /// Start tags that leave foreign content: the listed HTML names, and `font` with `color`,
    /// `face` or `size`.
    private var breaksOutOfForeignContent: Bool {
        if ElementSets.foreignBreakoutStartTags.contains(tag.name) { return true }
        return tag.name == .font && (tag.hasAttribute(.color) || tag.hasAttribute(.face) || tag.hasAttribute(.size))
    }

    private mutating func popUntilHTMLOrIntegrationPoint() {
        while let node = currentNode,
            document.namespace(of: node) != .html,
            !isMathMLTextIntegrationPoint(node),
            !isHTMLIntegrationPoint(node)
        {
            popCurrentNode()
        }
    }

    /// "Any other start tag" in foreign content.
    private mutating func foreignStartTag() {
        guard let adjusted = adjustedCurrentNode else { return }
        let namespace = document.namespace(of: adjusted)
        if namespace == .mathML { adjustMathMLAttributes() }
        if namespace == .svg {
            if let adjustedName = ForeignNames.svgTagNames[tag.name] { tag.name = adjustedName }
            adjustSVGAttributes()
        }
        adjustForeignAttributes()
        insertElement(namespace: namespace)
        if tag.isSelfClosing {
            // An SVG `script` self-closes by acting as its end tag, which here just pops it.
            popCurrentNode()
            acknowledgeSelfClosingFlag()
        }
    }

    /// "Any other end tag" in foreign content (SVG `</script>` included: this builder runs no scripts).
    private mutating func foreignEndTag(_ token: TreeToken) {
        guard var index = openElements.indices.last else { return }
        if lowercaseName(of: openElements[index]) != tag.name { parseError() }
        while index > max(0, openElementsInReach.startIndex - 1) {
            let node = openElements[index]
            if lowercaseName(of: node) == tag.name {
                popUntil(node: node)
                return
            }
            index -= 1
            if document.namespace(of: openElements[index]) == .html {
                process(token, in: mode)
                return
            }
        }
    }

    /// A node's name as a token would spell it (SVG names like `foreignObject` lowercased).
    private func lowercaseName(of node: NodeID) -> LocalName {
        let name = document.name(of: node)
        return ForeignNames.lowercaseSVGTagNames[name] ?? name
    }
}
