extension Document {
    /// A step of a depth-first walk: entering a node (before its children) or leaving it (after).
    public enum WalkEvent: Equatable, Sendable {
        case enter(NodeID)
        case leave(NodeID)
    }

    /// A pre-order walk of the subtree at `root`, entering and leaving each node.
    ///
    /// It follows parent and sibling links, so it needs no stack and no recursion at any depth.
    /// Template contents are not part of the walk (as in the DOM, they are not children).
    public func walk(from root: NodeID) -> Walk { Walk(document: self, root: root) }

    /// Every node of the subtree at `root` in pre-order, `root` first.
    public func descendants(of root: NodeID) -> some Sequence<NodeID> {
        walk(from: root).lazy.compactMap { event in
            if case .enter(let node) = event { return node }
            return nil
        }
    }

    /// The iterator behind ``walk(from:)``.
    public struct Walk: Sequence, IteratorProtocol, Sendable {
        let document: Document
        let root: UInt32
        var pending: WalkEvent?

        init(document: Document, root: NodeID) {
            self.document = document
            self.root = root.rawValue
            self.pending = .enter(root)
        }

        public mutating func next() -> WalkEvent? {
            guard let event = pending else { return nil }
            switch event {
            case .enter(let node):
                let record = document.nodes[node.index]
                pending = record.firstChild != NodeRecord.none ? .enter(NodeID(record.firstChild)) : .leave(node)
            case .leave(let node):
                let record = document.nodes[node.index]
                if node.rawValue == root {
                    pending = nil
                } else if record.nextSibling != NodeRecord.none {
                    pending = .enter(NodeID(record.nextSibling))
                } else {
                    pending = .leave(NodeID(record.parent))
                }
            }
            return event
        }
    }
}
