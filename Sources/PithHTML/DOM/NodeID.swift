/// A node of a ``Document``: an index into its arena.
///
/// Ids are dense and in document order of creation; the document node is ``NodeID/document``.
/// An id means something only with the document that made it.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32


    public init(_ rawValue: UInt32) { self.rawValue = rawValue }

    /// The document node, root of every tree the parser builds.
    public static let document = NodeID(0)

    /// The index for side arrays indexed by node (scores, text lengths).

    public var index: Int { Int(rawValue) }

    public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue < b.rawValue }

    public var description: String { "#\(rawValue)" }
}

/// What a node is.
public enum NodeKind: UInt8, Sendable {
    case document
    case documentType
    case element
    case text
    case comment
    /// A `template` element's contents.
    case documentFragment
}
