/// A parsed HTML document: every node in flat arrays, addressed by ``NodeID``.
///
/// The parser builds it once; after that it is a frozen value that any number of readers share.
/// Per-node analysis belongs in side arrays indexed by ``NodeID/index`` (there are ``nodeCount``
/// nodes), never in the document.
///
/// Text, comment data and attribute values are UTF-8 ranges of one byte buffer; element and
/// attribute names are ``LocalName`` atoms. Navigation (``parent(of:)``, ``firstChild(of:)``,
/// ``nextSibling(of:)``, …) is O(1), and no traversal here recurses, whatever the depth.
public struct Document: Sendable {
    package var nodes: [NodeRecord]
    package var attributes: [AttributeRecord] = []
    /// UTF-8 bytes of text and comment data and attribute values.
    package var characters: [UInt8] = []
    package var doctypes: [DoctypeRecord] = []
    /// `template` element → its contents fragment.
    package var templateContents: [NodeID: NodeID] = [:]
    package var names = NameTable()

    /// How the document's quirks mode was set by its DOCTYPE (13.2.6.4.1).
    public internal(set) var quirksMode: QuirksMode = .noQuirks

    /// The character encoding the input was decoded from, and how it was determined (nil when
    /// the input was given as UTF-8).
    public internal(set) var encoding: EncodingDetection?

    /// Parse errors, when the parser was asked to collect them.
    public internal(set) var parseErrors: [ParseErrorLocation] = []

    /// Whether the parser stopped early because the input exceeded a ``ParserLimits`` bound.
    public internal(set) var isTruncated = false

    package init(expectedNodes: Int = 64, expectedBytes: Int = 1024) {
        nodes = [NodeRecord(kind: .document)]
        nodes.reserveCapacity(expectedNodes)
        characters.reserveCapacity(expectedBytes)
    }

    /// The number of nodes, for sizing side arrays.

    public var nodeCount: Int { nodes.count }

    /// Every node id, in creation order.
    public var allNodes: some Sequence<NodeID> { (0..<UInt32(nodes.count)).lazy.map(NodeID.init) }
}

/// Whether a document renders in quirks, limited-quirks or no-quirks mode.
public enum QuirksMode: UInt8, Sendable {
    case noQuirks
    case limitedQuirks
    case quirks
}

/// One node of the arena. Links are node indices, `NodeRecord.none` where there is no node.
package struct NodeRecord: Sendable {
    package static let none: UInt32 = .max

    package var kind: NodeKind
    package var namespace: Namespace = .none
    package var name: LocalName = .none
    package var parent: UInt32 = NodeRecord.none
    package var firstChild: UInt32 = NodeRecord.none
    package var lastChild: UInt32 = NodeRecord.none
    package var previousSibling: UInt32 = NodeRecord.none
    package var nextSibling: UInt32 = NodeRecord.none
    /// Text and comments: offset of the data in `characters`. Elements: index of the first attribute.
    /// Doctypes: index in `doctypes`.
    package var start: UInt32 = 0
    /// Text and comments: length of the data in bytes. Elements: number of attributes.
    package var count: UInt32 = 0

    package init(kind: NodeKind) { self.kind = kind }
}

/// One attribute; an element's attributes are consecutive records.
package struct AttributeRecord: Sendable {
    package var name: LocalName
    package var namespace: Namespace
    package var valueStart: UInt32
    package var valueLength: UInt32
}

/// A DOCTYPE's three strings; identifiers are `nil` when the token had none (which is not "").
package struct DoctypeRecord: Sendable {
    package var name: String
    package var publicIdentifier: String?
    package var systemIdentifier: String?
}

extension Document {
    /// Bytes the document's storage occupies (array capacities, not counting the name table's
    /// small index): what a caller holding many documents pays for each.
    public var memoryFootprint: Int {
        nodes.capacity * MemoryLayout<NodeRecord>.stride
            + attributes.capacity * MemoryLayout<AttributeRecord>.stride
            + characters.capacity
            + doctypes.capacity * MemoryLayout<DoctypeRecord>.stride
            + templateContents.capacity * MemoryLayout<(NodeID, NodeID)>.stride
    }
}
