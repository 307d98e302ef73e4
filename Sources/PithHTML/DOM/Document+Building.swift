/// The mutations the tree builder performs. Nothing outside `PithHTML` changes a document.
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
        if !tag.attributes.isEmpty {
            // The token's values are one buffer: copy it whole and rebase each value's offset.
            let base = UInt32(characters.count)
            characters.append(contentsOf: tag.valueBytes)
            for attribute in tag.attributes {
                attributes.append(AttributeRecord(
                    name: attribute.name,
                    namespace: attribute.namespace,
                    valueStart: base + attribute.valueStart,
                    valueLength: attribute.valueLength
                ))
            }
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
        let c = child.rawValue
        let p = parent.rawValue
        nodes[Int(c)].parent = p
        if let reference {
            let r = reference.rawValue
            let previous = nodes[Int(r)].previousSibling
            nodes[Int(c)].previousSibling = previous
            nodes[Int(c)].nextSibling = r
            nodes[Int(r)].previousSibling = c
            if previous == NodeRecord.none {
                nodes[Int(p)].firstChild = c
            } else {
                nodes[Int(previous)].nextSibling = c
            }
        } else {
            let last = nodes[Int(p)].lastChild
            nodes[Int(c)].previousSibling = last
            nodes[Int(c)].nextSibling = NodeRecord.none
            nodes[Int(p)].lastChild = c
            if last == NodeRecord.none {
                nodes[Int(p)].firstChild = c
            } else {
                nodes[Int(last)].nextSibling = c
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
            characters.append(contentsOf: tag.valueBytes[Int(attribute.valueStart)..<Int(attribute.valueStart + attribute.valueLength)])
        }
        nodes[element.index].start = UInt32(start)
        nodes[element.index].count = UInt32(attributes.count - start)
    }

    /// Releases array slack left by growth (a doubling can leave half an array unused), so that a
    /// kept document costs what it holds. Arrays within a quarter of their capacity stay as they are.
    package mutating func releaseExcessCapacity() {
        func shrink<Element>(_ array: inout [Element]) {
            guard array.capacity > array.count + array.count / 4 + 16 else { return }
            var compact: [Element] = []
            compact.reserveCapacity(array.count)
            compact.append(contentsOf: array)
            array = compact
        }
        shrink(&nodes)
        shrink(&attributes)
        shrink(&characters)
    }
}
