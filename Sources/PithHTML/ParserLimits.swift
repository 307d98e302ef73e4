/// Bounds that keep parsing linear and memory proportional to the input, whatever the input is.
///
/// Real pages stay far inside every default; a page that crosses one still parses, with the
/// excess handled as documented on each bound.
public struct ParserLimits: Sendable, Hashable {
    /// Attributes kept per element; later ones are dropped. Default 1,024 (pages seen in the
    /// development sets use under 50); it also bounds the duplicate-name check per attribute.
    public var maxAttributesPerElement: Int = 1024

    /// Element depth of the built tree. Deeper elements are attached to the ancestor at this
    /// depth instead (as Blink does at 512), so the tree stays shallow while the open-element
    /// stack follows the spec. Default 512.
    ///
    /// It also bounds how far below the current node the parser searches the stack of open
    /// elements (for an element in scope, the element an end tag closes, the insertion mode to
    /// reset to): an element further down counts as out of scope. Otherwise every tag on a deep
    /// stack would cost a scan of the whole stack, quadratic in the input. For the same reason the
    /// list of active formatting elements keeps at most this many after its last marker.
    public var maxTreeDepth: Int = 512

    /// Nodes in the document; parsing stops at this count and the document is marked truncated.
    /// Default 10,000,000 (a 50 MB page of tags makes about 6 million).
    public var maxNodes: Int = 10_000_000

    public init() {}
}
