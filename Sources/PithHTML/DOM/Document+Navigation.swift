extension Document {
    @inline(__always)
    private func link(_ raw: UInt32) -> NodeID? {
        raw == NodeRecord.none ? nil : NodeID(raw)
    }

    /// What `node` is.

    public func kind(of node: NodeID) -> NodeKind { nodes[node.index].kind }

    /// An element's local name (``LocalName/none`` for other kinds).

    public func name(of node: NodeID) -> LocalName { nodes[node.index].name }

    /// An element's namespace (``Namespace/none`` for other kinds).

    public func namespace(of node: NodeID) -> Namespace { nodes[node.index].namespace }

    /// Whether `node` is an HTML element named `name`.

    public func isHTMLElement(_ node: NodeID, named name: LocalName) -> Bool {
        let record = nodes[node.index]
        return record.name == name && record.namespace == .html
    }

    public func parent(of node: NodeID) -> NodeID? { link(nodes[node.index].parent) }
    public func firstChild(of node: NodeID) -> NodeID? { link(nodes[node.index].firstChild) }
    public func lastChild(of node: NodeID) -> NodeID? { link(nodes[node.index].lastChild) }
    public func nextSibling(of node: NodeID) -> NodeID? { link(nodes[node.index].nextSibling) }
    public func previousSibling(of node: NodeID) -> NodeID? { link(nodes[node.index].previousSibling) }

    /// The children of `node`, first to last.
    public func children(of node: NodeID) -> Children { Children(document: self, first: nodes[node.index].firstChild) }

    /// A `template` element's contents fragment (`nil` for every other node).
    public func templateContents(of node: NodeID) -> NodeID? { templateContents[node] }

    /// The `html` element, if the document has one.
    public var documentElement: NodeID? {
        children(of: .document).first { kind(of: $0) == .element }
    }

    /// The `head` element: the first `head` child of the `html` element.
    public var head: NodeID? { documentElement.flatMap { child(of: $0, named: .head) } }

    /// The `body` element: the first `body` (or `frameset`) child of the `html` element.
    public var body: NodeID? {
        guard let html = documentElement else { return nil }
        return children(of: html).first { isHTMLElement($0, named: .body) || isHTMLElement($0, named: .frameset) }
    }

    /// The first child of `node` that is an HTML element named `name`.
    public func child(of node: NodeID, named name: LocalName) -> NodeID? {
        children(of: node).first { isHTMLElement($0, named: name) }
    }

    /// The number of element ancestors of `node` (0 for the document, 1 for the `html` element).
    public func depth(of node: NodeID) -> Int {
        var depth = 0
        var current = nodes[node.index].parent
        while current != NodeRecord.none {
            depth += 1
            current = nodes[Int(current)].parent
        }
        return depth
    }

    /// Whether `ancestor` is `node` or one of its ancestors.
    public func isInclusiveAncestor(_ ancestor: NodeID, of node: NodeID) -> Bool {
        var current = node.rawValue
        while current != NodeRecord.none {
            if current == ancestor.rawValue { return true }
            current = nodes[Int(current)].parent
        }
        return false
    }

    /// The children of a node, as a sequence.
    public struct Children: Sequence, IteratorProtocol, Sendable {
        let document: Document
        var upcoming: UInt32

        init(document: Document, first: UInt32) {
            self.document = document
            self.upcoming = first
        }

        public mutating func next() -> NodeID? {
            guard upcoming != NodeRecord.none else { return nil }
            let node = NodeID(upcoming)
            upcoming = document.nodes[Int(upcoming)].nextSibling
            return node
        }
    }
}
