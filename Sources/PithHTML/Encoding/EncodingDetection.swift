/// The character encoding chosen for a document, and what chose it.
///
/// HTML 13.2.3.2 "Determining the character encoding" returns an encoding with a confidence;
/// ``source`` says which step produced it (and so the confidence: see ``isCertain``).
public struct EncodingDetection: Hashable, Sendable {
    /// The step of the detection that chose the encoding, in the order the steps run.
    public enum Source: Hashable, Sendable {
        /// A byte order mark: UTF-8 (`EF BB BF`), UTF-16BE (`FE FF`) or UTF-16LE (`FF FE`).
        case byteOrderMark
        /// The caller's transport-layer charset (an HTTP `Content-Type` header, for example).
        case transportLayer
        /// The prescan of the first 1,024 bytes: a `<meta charset>`, a `<meta http-equiv=
        /// "Content-Type" content=…>`, or an XML declaration's `encoding`.
        case metaPrescan
        /// A `<meta>` declaration beyond the first 1,024 bytes. A browser would find it while
        /// parsing and reload with it (13.2.3.4 "Changing the encoding while parsing"); Pith decodes
        /// the whole document up front, so the prescan continues over the rest of the document instead.
        case lateMeta
        /// The bytes are valid UTF-8, and nothing but possibly a `<meta>` said otherwise (Pith
        /// overrides a `<meta>` when the bytes are valid UTF-8 and not all ASCII).
        case utf8Validation
        /// Nothing was declared and byte statistics recognised the encoding (see `EncodingHeuristics`).
        case byteStatistics
        /// Nothing was declared and nothing was recognised: the default encoding.
        case defaultFallback
    }

    /// The encoding to decode the document with.
    public let encoding: CharacterEncoding

    /// The step that chose ``encoding``.
    public let source: Source

    /// Creates a detection result.
    ///
    /// - Parameters:
    ///   - encoding: The chosen encoding.
    ///   - source: The step that chose it.
    public init(encoding: CharacterEncoding, source: Source) {
        self.encoding = encoding
        self.source = source
    }

    /// Whether the spec's confidence is *certain* (a byte order mark or the transport layer) rather
    /// than *tentative*: only a tentative encoding may be changed by a `<meta>` met while parsing.
    public var isCertain: Bool { source == .byteOrderMark || source == .transportLayer }
}
