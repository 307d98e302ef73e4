/// The mutations the tree builder performs. Nothing outside `PithHTML` changes a document.
///
/// Linking a node touches up to four records; ``insert(_:into:before:)`` and
/// ``insertText(_:into:)`` do it through one mutable buffer (one uniqueness check, not one per
/// field written), each index checked first. This file holds those unchecked writes.
extension Document {
    package mutating func appendNode(_ record: NodeRecord) -> NodeID {
        nodes.append(record)
        return NodeID(UInt32(nodes.count - 1))
    }

    /// A new element, not yet in the tree, with the token's attributes copied in.
    package mutating func createElement(_ name: LocalName, namespace: Namespace, tag: borrowing TagToken) -> NodeID {
        var record = NodeRecord(kind: .element)
        record.name = name
        record.namespace = namespace
        record.start = UInt32(attributes.count)
        record.count = UInt32(tag.attributes.count)
        for attribute in tag.attributes {
            let value = tag.valueBytes(of: attribute)
            attributes.append(AttributeRecord(
                name: attribute.name,
                namespace: attribute.namespace,
                valueStart: UInt32(characters.count),
                valueLength: UInt32(value.count)
            ))
            characters.append(contentsOf: value)
        }
        return appendNode(record)
    }

    /// A new element that copies `original`'s name, namespace and attributes (for reconstructing
    /// active formatting elements and the adoption agency algorithm).
    package mutating func cloneElement(_ original: NodeID) -> NodeID {
        var record = NodeRecord(kind: .element)
        let source = nodes[original.index]
        record.name = source.name
        record.namespace = source.namespace
        record.start = UInt32(attributes.count)
        record.count = source.count
        for index in Int(source.start)..<Int(source.start + source.count) {
            attributes.append(attributes[index])
        }
        return appendNode(record)
    }

    package mutating func createText(_ bytes: UnsafeBufferPointer<UInt8>) -> NodeID {
        var record = NodeRecord(kind: .text)
        record.start = UInt32(characters.count)
        record.count = UInt32(bytes.count)
        characters.append(contentsOf: bytes)
        return appendNode(record)
    }

    package mutating func createComment(_ bytes: UnsafeBufferPointer<UInt8>) -> NodeID {
        var record = NodeRecord(kind: .comment)
        record.start = UInt32(characters.count)
        record.count = UInt32(bytes.count)
        characters.append(contentsOf: bytes)
        return appendNode(record)
    }

    package mutating func createDoctype(_ doctype: DoctypeRecord) -> NodeID {
        var record = NodeRecord(kind: .documentType)
        record.start = UInt32(doctypes.count)
        doctypes.append(doctype)
        return appendNode(record)
    }

    /// Gives a `template` element its contents fragment.
    package mutating func createTemplateContents(for template: NodeID) -> NodeID {
        let fragment = appendNode(NodeRecord(kind: .documentFragment))
        templateContents[template] = fragment
        return fragment
    }

    /// Appends `bytes` to the data of text node `node`.
    package mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to node: NodeID) {
        let record = nodes[node.index]
        if Int(record.start + record.count) != characters.count {
            // The node's data is not at the end of the buffer (another node was created since):
            // move it there so that the data stays one range.
            let start = characters.count
            characters.append(contentsOf: characters[Int(record.start)..<Int(record.start + record.count)])
            nodes[node.index].start = UInt32(start)
        }
        characters.append(contentsOf: bytes)
        nodes[node.index].count += UInt32(bytes.count)
    }

    /// Inserts `child` (detached) into `parent` before `reference`, or last when `reference` is nil.
    package mutating func insert(_ child: NodeID, into parent: NodeID, before reference: NodeID? = nil) {
        let c = Int(child.rawValue)
        let p = Int(parent.rawValue)
        nodes.withUnsafeMutableBufferPointer { nodes in
            precondition(c < nodes.count && p < nodes.count, "node outside the document")
            // SAFETY (every access below): `c` and `p` are checked above, and the sibling and child
            // links read from records are checked before use.
            nodes[c].parent = UInt32(p)
            if let reference {
                let r = Int(reference.rawValue)
                precondition(r < nodes.count, "node outside the document")
                let previous = nodes[r].previousSibling
                nodes[c].previousSibling = previous
                nodes[c].nextSibling = UInt32(r)
                nodes[r].previousSibling = UInt32(c)
                if previous == NodeRecord.none {
                    nodes[p].firstChild = UInt32(c)
                } else {
                    precondition(Int(previous) < nodes.count, "node outside the document")
                    nodes[Int(previous)].nextSibling = UInt32(c)
                }
            } else {
                let last = nodes[p].lastChild
                nodes[c].previousSibling = last
                nodes[c].nextSibling = NodeRecord.none
                nodes[p].lastChild = UInt32(c)
                if last == NodeRecord.none {
                    nodes[p].firstChild = UInt32(c)
                } else {
                    precondition(Int(last) < nodes.count, "node outside the document")
                    nodes[Int(last)].nextSibling = UInt32(c)
                }
            }
        }
    }

    /// 13.2.6.1 "insert a character" as the last child of `parent`: `bytes` extend the last child
    /// when it is text, else become a new text node. (The common case of ``insert(_:into:before:)``
    /// for text, in one pass.)
    package mutating func insertText(_ bytes: UnsafeBufferPointer<UInt8>, into parent: NodeID) {
        let p = parent.index
        let last = nodes[p].lastChild
        if last != NodeRecord.none && nodes[Int(last)].kind == .text {
            return appendText(bytes, to: NodeID(last))
        }
        var record = NodeRecord(kind: .text)
        record.start = UInt32(characters.count)
        record.count = UInt32(bytes.count)
        record.parent = parent.rawValue
        record.previousSibling = last
        characters.append(contentsOf: bytes)
        let text = UInt32(nodes.count)
        nodes.append(record)
        nodes.withUnsafeMutableBufferPointer { nodes in
            // SAFETY: `p` indexed `nodes` above (the append only added a record), and `last` is a
            // link read from it, checked here.
            nodes[p].lastChild = text
            if last == NodeRecord.none {
                nodes[p].firstChild = text
            } else {
                precondition(Int(last) < nodes.count, "node outside the document")
                nodes[Int(last)].nextSibling = text
            }
        }
    }

    /// Detaches `child` from its parent, if it has one.
    package mutating func remove(_ child: NodeID) {
        let record = nodes[child.index]
        guard record.parent != NodeRecord.none else { return }
        if record.previousSibling == NodeRecord.none {
            nodes[Int(record.parent)].firstChild = record.nextSibling
        } else {
            nodes[Int(record.previousSibling)].nextSibling = record.nextSibling
        }
        if record.nextSibling == NodeRecord.none {
            nodes[Int(record.parent)].lastChild = record.previousSibling
        } else {
            nodes[Int(record.nextSibling)].previousSibling = record.previousSibling
        }
        nodes[child.index].parent = NodeRecord.none
        nodes[child.index].previousSibling = NodeRecord.none
        nodes[child.index].nextSibling = NodeRecord.none
    }

    /// Moves every child of `source` to the end of `destination`, in order.
    package mutating func moveChildren(of source: NodeID, to destination: NodeID) {
        var child = nodes[source.index].firstChild
        guard child != NodeRecord.none else { return }
        while child != NodeRecord.none {
            nodes[Int(child)].parent = destination.rawValue
            child = nodes[Int(child)].nextSibling
        }
        let first = nodes[source.index].firstChild
        let last = nodes[source.index].lastChild
        let destinationLast = nodes[destination.index].lastChild
        if destinationLast == NodeRecord.none {
            nodes[destination.index].firstChild = first
        } else {
            nodes[Int(destinationLast)].nextSibling = first
            nodes[Int(first)].previousSibling = destinationLast
        }
        nodes[destination.index].lastChild = last
        nodes[source.index].firstChild = NodeRecord.none
        nodes[source.index].lastChild = NodeRecord.none
    }

    /// Adds each attribute of `tag` that `element` lacks (the `html` and `body` start-tag rules),
    /// up to `limit` attributes on the element in all (``ParserLimits/maxAttributesPerElement``).
    ///
    /// Without the limit, a page repeating `<html aN>` with new names would grow the element (and
    /// the moved runs below) without bound.
    package mutating func addMissingAttributes(from tag: borrowing TagToken, to element: NodeID, limit: Int) {
        let existing = attributeRange(of: element)
        let room = limit - existing.count
        guard room > 0 else { return }
        var missing = tag.attributes.filter { attribute in
            !existing.contains { attributes[$0].name == attribute.name && attributes[$0].namespace == attribute.namespace }
        }
        guard !missing.isEmpty else { return }
        if missing.count > room { missing.removeLast(missing.count - room) }
        // An element's attributes are one run of records: extend the run where it is when it ends
        // the array, else move it to the end first. A move happens only with an addition, and the
        // limit bounds additions, so the moved runs stay under `limit` squared records.
        var start = existing.lowerBound
        if existing.upperBound != attributes.count {
            start = attributes.count
            for index in existing { attributes.append(attributes[index]) }
        }
        for attribute in missing {
            attributes.append(AttributeRecord(
                name: attribute.name,
                namespace: attribute.namespace,
                valueStart: UInt32(characters.count),
                valueLength: attribute.valueLength
            ))
            characters.append(contentsOf: tag.valueBytes(of: attribute))
        }
        nodes[element.index].start = UInt32(start)
        nodes[element.index].count = UInt32(attributes.count - start)
    }

    /// Releases array slack left by growth or by sizing ahead (a doubling can leave half an array
    /// unused), so that a kept document costs what it holds. An array within a quarter of its count
    /// of its capacity stays as it is (a copy costs more than the slack), unless the document would
    /// still take more than ``compactionRatio`` times its input (`inputBytes`): then every array
    /// is cut to size.
    package mutating func releaseExcessCapacity(inputBytes: Int) {
        let releasesAll = memoryFootprint > inputBytes * Document.compactionRatio
        func shrink<Element>(_ array: inout [Element]) {
            let slack = array.capacity - array.count
            guard slack > array.count / 4 + 16 || (releasesAll && slack > 0) else { return }
            var compact: [Element] = []
            compact.reserveCapacity(array.count)
            compact.append(contentsOf: array)
            array = compact
        }
        shrink(&nodes)
        shrink(&attributes)
        shrink(&characters)
    }

    /// Document bytes per input byte past which ``releaseExcessCapacity(inputBytes:)`` cuts every
    /// array to size. Tag-dense pages reach it: nodes take 36 bytes each, and such pages have a node
    /// every 15 or so bytes (WCXB development page 0389: 3.63× with the slack of sizing ahead,
    /// 3.33× cut to size).
    static let compactionRatio = 3
}
