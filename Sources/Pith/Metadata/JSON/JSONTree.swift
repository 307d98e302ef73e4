/// A JSON text read into flat arrays, as ``Document`` holds HTML: nodes addressed by index, linked
/// to parent, first child and next sibling, in the order the text wrote them.
///
/// Because nodes are created in pre-order, visiting `0..<nodeCount` visits every value before its
/// members; nothing here recurses. ``JSONReader`` builds it leniently; several texts (a page's
/// JSON-LD scripts) can share one tree, each adding ``roots``.
package struct JSONTree: Sendable {
    /// What a node is.
    package enum Kind: UInt8, Sendable {
        case object
        case array
        case string
        case number
        case bool
        case null
    }

    /// A node of the tree: an index into its arrays.
    package typealias NodeID = Int

    struct Node: Sendable {
        var kind: Kind
        var parent: Int32 = -1
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Index in `strings` of the member key, or -1 for array elements and roots.
        var key: Int32 = -1
        /// Index in `strings` of a string's or number's text; 1 or 0 for a boolean.
        var value: Int32 = -1
    }

    var nodes: [Node] = []
    var strings: [String] = []
    /// The top-level values, in the order the texts gave them.
    package internal(set) var roots: [NodeID] = []

    package init() {}

    /// The number of nodes.
    package var nodeCount: Int { nodes.count }

    package func kind(of node: NodeID) -> Kind { nodes[node].kind }

    package func parent(of node: NodeID) -> NodeID? {
        let parent = nodes[node].parent
        return parent < 0 ? nil : Int(parent)
    }

    /// The key under which `node` sits in its parent object; `nil` for array elements and roots.
    package func key(of node: NodeID) -> String? {
        let key = nodes[node].key
        return key < 0 ? nil : strings[Int(key)]
    }

    /// A string's text, a number's digits or a boolean's spelling; `nil` for containers and null.
    package func scalarText(of node: NodeID) -> String? {
        let record = nodes[node]
        switch record.kind {
        case .string, .number: return strings[Int(record.value)]
        case .bool: return record.value == 1 ? "true" : "false"
        case .object, .array, .null: return nil
        }
    }

    /// The members of an object or the elements of an array, in order.
    package func children(of node: NodeID) -> Children { Children(tree: self, upcoming: nodes[node].firstChild) }

    /// The first member of object `node` named `key` (`nil` for other kinds).
    package func member(_ key: String, of node: NodeID) -> NodeID? {
        guard nodes[node].kind == .object else { return nil }
        for child in children(of: node) where self.key(of: child) == key { return child }
        return nil
    }

    /// The children of a node, as a sequence.
    package struct Children: Sequence, IteratorProtocol {
        let tree: JSONTree
        var upcoming: Int32

        package mutating func next() -> NodeID? {
            guard upcoming >= 0 else { return nil }
            let node = Int(upcoming)
            upcoming = tree.nodes[node].nextSibling
            return node
        }
    }

    // MARK: - Building (used by JSONReader)

    /// Appends a node under `parent` (or as a root) and returns its id.
    mutating func append(_ kind: Kind, parent: NodeID?, key: String?, value: Int32 = -1) -> NodeID {
        var node = Node(kind: kind)
        node.value = value
        if let key {
            node.key = Int32(strings.count)
            strings.append(key)
        }
        let id = nodes.count
        if let parent {
            node.parent = Int32(parent)
            let last = nodes[parent].lastChild
            if last >= 0 {
                nodes[Int(last)].nextSibling = Int32(id)
            } else {
                nodes[parent].firstChild = Int32(id)
            }
            nodes[parent].lastChild = Int32(id)
        } else {
            roots.append(id)
        }
        nodes.append(node)
        return id
    }

    /// Stores a string for a scalar node and returns its index.
    mutating func intern(_ text: String) -> Int32 {
        strings.append(text)
        return Int32(strings.count - 1)
    }
}
