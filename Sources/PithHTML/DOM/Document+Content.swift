extension Document {
    /// One attribute of an element.
    public struct Attribute: Sendable {
        public let name: LocalName
        public let namespace: Namespace
        /// The value, decoded.
        public let value: String
    }

    /// The number of attributes of `element`.
    public func attributeCount(of element: NodeID) -> Int {
        let record = nodes[element.index]
        return record.kind == .element ? Int(record.count) : 0
    }

    /// The attributes of `element` in source order (empty for other kinds).
    public func attributes(of element: NodeID) -> [Attribute] {
        attributeRange(of: element).map { index in
            let record = attributes[index]
            return Attribute(name: record.name, namespace: record.namespace, value: attributeValue(at: index))
        }
    }

    /// The value of `element`'s attribute `name` in no namespace, if present.
    public func attribute(_ name: LocalName, of element: NodeID) -> String? {
        // Not `.map(attributeValue(at:))`: the partially applied method copies the document.
        guard let index = attributeIndex(name, of: element) else { return nil }
        return attributeValue(at: index)
    }

    /// Whether `element` has an attribute `name` in no namespace.
    public func hasAttribute(_ name: LocalName, of element: NodeID) -> Bool {
        attributeIndex(name, of: element) != nil
    }

    /// Calls `body` with the UTF-8 bytes of `element`'s attribute `name`; returns `nil` if absent.
    ///
    /// The bytes are valid only inside `body`: this is the allocation-free way to inspect values.
    public func withAttributeBytes<R>(
        _ name: LocalName,
        of element: NodeID,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R? {
        guard let index = attributeIndex(name, of: element) else { return nil }
        let record = attributes[index]
        return try withBytes(start: record.valueStart, count: record.valueLength, body)
    }

    /// The data of a text or comment node (empty for other kinds).
    public func text(of node: NodeID) -> String {
        let record = nodes[node.index]
        guard record.kind == .text || record.kind == .comment else { return "" }
        return String(decoding: characters[Int(record.start)..<Int(record.start + record.count)], as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 bytes of a text or comment node's data.
    public func withTextBytes<R>(of node: NodeID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let record = nodes[node.index]
        let isCharacterData = record.kind == .text || record.kind == .comment
        return try withBytes(start: isCharacterData ? record.start : 0, count: isCharacterData ? record.count : 0, body)
    }

    /// The length in bytes of a text or comment node's UTF-8 data.
    public func textByteCount(of node: NodeID) -> Int {
        let record = nodes[node.index]
        return record.kind == .text || record.kind == .comment ? Int(record.count) : 0
    }

    /// The concatenated data of every text node under `node`, in document order (DOM `textContent`).
    public func textContent(of node: NodeID) -> String {
        if kind(of: node) == .text || kind(of: node) == .comment { return text(of: node) }
        var bytes: [UInt8] = []
        for event in walk(from: node) {
            guard case .enter(let descendant) = event, nodes[descendant.index].kind == .text else { continue }
            let record = nodes[descendant.index]
            bytes.append(contentsOf: characters[Int(record.start)..<Int(record.start + record.count)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The spelling of any name, static or met by this document.
    public func string(for name: LocalName) -> String { names.string(for: name) }

    /// The name id this document uses for `spelling`, if it has one (static names always do).
    public func localName(_ spelling: String) -> LocalName? {
        var spelling = spelling
        return spelling.withUTF8 { names.lookUp($0) }
    }

    /// A DOCTYPE node's name and identifiers.
    public func doctype(of node: NodeID) -> (name: String, publicIdentifier: String?, systemIdentifier: String?)? {
        let record = nodes[node.index]
        guard record.kind == .documentType else { return nil }
        let doctype = doctypes[Int(record.start)]
        return (doctype.name, doctype.publicIdentifier, doctype.systemIdentifier)
    }

    // MARK: - Internals

    package func attributeRange(of element: NodeID) -> Range<Int> {
        let record = nodes[element.index]
        guard record.kind == .element else { return 0..<0 }
        return Int(record.start)..<Int(record.start + record.count)
    }

    package func attributeIndex(_ name: LocalName, of element: NodeID, namespace: Namespace = .none) -> Int? {
        attributeRange(of: element).first { attributes[$0].name == name && attributes[$0].namespace == namespace }
    }

    package func attributeValue(at index: Int) -> String {
        let record = attributes[index]
        return String(
            decoding: characters[Int(record.valueStart)..<Int(record.valueStart + record.valueLength)],
            as: UTF8.self
        )
    }

    package func withBytes<R>(
        start: UInt32,
        count: UInt32,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> R
    ) rethrows -> R {
        try characters.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(start + count)]))
        }
    }
}
