extension Document {
    /// The HTML serialization of `node`'s children (the spec's "HTML fragment serialization
    /// algorithm", 13.3), i.e. `innerHTML`; for the document node, the whole page.
    ///
    /// Attribute values escape `&`, U+00A0, `"`, `<` and `>` (the 2025 rule that keeps markup out of
    /// attributes); text escapes `&`, U+00A0, `<` and `>` except inside raw-text elements.
    public func serializedHTML(childrenOf node: NodeID = .document, scriptingEnabled: Bool = false) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(characters.count)
        serializeChildren(of: node, into: &output, scriptingEnabled: scriptingEnabled)
        return String(decoding: output, as: UTF8.self)
    }

    /// The HTML serialization of `node` itself and its subtree (`outerHTML`).
    public func serializedHTML(of node: NodeID, scriptingEnabled: Bool = false) -> String {
        var output: [UInt8] = []
        serialize(roots: [node], into: &output, scriptingEnabled: scriptingEnabled)
        return String(decoding: output, as: UTF8.self)
    }

    private func serializeChildren(of node: NodeID, into output: inout [UInt8], scriptingEnabled: Bool) {
        let parent = templateContents[node] ?? node
        serialize(roots: Array(children(of: parent)), into: &output, scriptingEnabled: scriptingEnabled)
    }

    private enum SerializationStep {
        case node(NodeID)
        case endTag(NodeID)
    }

    private func serialize(roots: [NodeID], into output: inout [UInt8], scriptingEnabled: Bool) {
        var steps: [SerializationStep] = roots.reversed().map { .node($0) }
        while let step = steps.popLast() {
            switch step {
            case .endTag(let element):
                output.append(contentsOf: "</".utf8)
                output.append(contentsOf: string(for: name(of: element)).utf8)
                output.append(ASCII.greaterThan)
            case .node(let node):
                let record = nodes[node.index]
                switch record.kind {
                case .element:
                    appendStartTag(of: node, to: &output)
                    if record.namespace == .html && ElementSets.voidElements.contains(record.name) { continue }
                    steps.append(.endTag(node))
                    let parent = templateContents[node] ?? node
                    steps.append(contentsOf: children(of: parent).reversed().map { .node($0) })
                case .text:
                    let rawParent = parent(of: node).map { isRawTextParent($0, scriptingEnabled: scriptingEnabled) } ?? false
                    withTextBytes(of: node) { bytes in
                        if rawParent {
                            output.append(contentsOf: bytes)
                        } else {
                            appendEscaped(bytes, inAttribute: false, to: &output)
                        }
                    }
                case .comment:
                    output.append(contentsOf: "<!--".utf8)
                    withTextBytes(of: node) { output.append(contentsOf: $0) }
                    output.append(contentsOf: "-->".utf8)
                case .documentType:
                    output.append(contentsOf: "<!DOCTYPE ".utf8)
                    output.append(contentsOf: doctypes[Int(record.start)].name.utf8)
                    output.append(ASCII.greaterThan)
                case .document, .documentFragment:
                    steps.append(contentsOf: children(of: node).reversed().map { .node($0) })
                }
            }
        }
    }

    private func appendStartTag(of element: NodeID, to output: inout [UInt8]) {
        output.append(ASCII.lessThan)
        output.append(contentsOf: string(for: name(of: element)).utf8)
        for index in attributeRange(of: element) {
            let attribute = attributes[index]
            output.append(ASCII.space)
            switch attribute.namespace {
            case .xml: output.append(contentsOf: "xml:".utf8)
            case .xlink: output.append(contentsOf: "xlink:".utf8)
            case .xmlns where attribute.name != .xmlns: output.append(contentsOf: "xmlns:".utf8)
            default: break
            }
            output.append(contentsOf: string(for: attribute.name).utf8)
            output.append(contentsOf: "=\"".utf8)
            withBytes(start: attribute.valueStart, count: attribute.valueLength) { appendEscaped($0, inAttribute: true, to: &output) }
            output.append(ASCII.quotationMark)
        }
        output.append(ASCII.greaterThan)
    }

    private func isRawTextParent(_ parent: NodeID, scriptingEnabled: Bool) -> Bool {
        let record = nodes[parent.index]
        guard record.namespace == .html else { return false }
        if record.name == .noscript { return scriptingEnabled }
        return ElementSets.rawTextElements.contains(record.name)
    }
}

/// 13.3 "escaping a string".
private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, to output: inout [UInt8]) {
    var index = 0
    while index < bytes.count {
        let byte = bytes[index]
        switch byte {
        case ASCII.ampersand:
            output.append(contentsOf: "&amp;".utf8)
        case ASCII.lessThan:
            output.append(contentsOf: "&lt;".utf8)
        case ASCII.greaterThan:
            output.append(contentsOf: "&gt;".utf8)
        case ASCII.quotationMark where inAttribute:
            output.append(contentsOf: "&quot;".utf8)
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0:
            output.append(contentsOf: "&nbsp;".utf8)
            index += 1
        default:
            output.append(byte)
        }
        index += 1
    }
}
