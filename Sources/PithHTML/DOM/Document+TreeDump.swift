extension Document {
    /// The subtree under `root` in the html5lib tree-construction test format.
    ///
    /// One line per node, `| ` then two spaces per level: `<tag>` (`<svg tag>` / `<math tag>` for
    /// foreign elements), attributes sorted by name one per line below their element as
    /// `name="value"` (`xlink href="…"` for namespaced ones), `"text"`, `<!-- comment -->`,
    /// `<!DOCTYPE name>` (with `"public" "system"` when either is non-empty), and `content` above
    /// a template's contents. Lines end with `\n`.
    ///
    /// - Parameter root: the node whose children are listed at the top level (the document, or a
    ///   fragment's root element).
    public func treeDump(childrenOf root: NodeID = .document) -> String {
        var output = ""
        // Explicit stack of (node, depth); template contents are entered like children.
        var pending: [(node: NodeID, depth: Int)] = children(of: root).reversed().map { ($0, 0) }
        while let (node, depth) = pending.popLast() {
            let indent = "| " + String(repeating: "  ", count: depth)
            let record = nodes[node.index]
            switch record.kind {
            case .documentType:
                let doctype = doctypes[Int(record.start)]
                output += indent + "<!DOCTYPE " + doctype.name
                let publicIdentifier = doctype.publicIdentifier ?? ""
                let systemIdentifier = doctype.systemIdentifier ?? ""
                if !publicIdentifier.isEmpty || !systemIdentifier.isEmpty {
                    output += " \"\(publicIdentifier)\" \"\(systemIdentifier)\""
                }
                output += ">\n"
            case .text:
                output += indent + "\"" + text(of: node) + "\"\n"
            case .comment:
                output += indent + "<!-- " + text(of: node) + " -->\n"
            case .element:
                output += indent + "<" + qualifiedTagName(of: node) + ">\n"
                let attributeLines = attributeRange(of: node).map { index -> String in
                    let attribute = attributes[index]
                    return attributeNameString(attribute) + "=\"" + attributeValue(at: index) + "\""
                }
                for line in attributeLines.sorted() {
                    output += indent + "  " + line + "\n"
                }
                let childDepth = depth + 1
                var children = self.children(of: node).map { (node: $0, depth: childDepth) }
                if let contents = templateContents[node] {
                    output += indent + "  content\n"
                    children = self.children(of: contents).map { (node: $0, depth: childDepth + 1) }
                }
                pending.append(contentsOf: children.reversed())
            case .document, .documentFragment:
                break
            }
        }
        return output
    }

    /// An element's name with the test format's namespace designator (`svg `, `math `).
    private func qualifiedTagName(of element: NodeID) -> String {
        let record = nodes[element.index]
        let local = string(for: record.name)
        switch record.namespace {
        case .svg: return "svg " + local
        case .mathML: return "math " + local
        default: return local
        }
    }

    /// An attribute's name with its namespace prefix, as the test format spells it.
    private func attributeNameString(_ attribute: AttributeRecord) -> String {
        let local = string(for: attribute.name)
        switch attribute.namespace {
        case .xlink: return "xlink " + local
        case .xml: return "xml " + local
        case .xmlns: return "xmlns " + local
        default: return local
        }
    }
}
