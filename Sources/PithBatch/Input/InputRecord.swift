/// One document to extract, as read from an input: its bytes and what is known about them.
///
/// Values are `Sendable`: a reader on one thread can hand records to workers on others.
public struct InputRecord: Sendable, Hashable {
    /// How the bytes are to be read.
    public enum Kind: String, Sendable, Hashable {
        /// An HTML document, in whatever encoding `charset` or the document itself declares.
        case html
        /// Plain text (a scrape); UTF-8 unless `charset` says otherwise.
        case text
    }

    /// Where the record came from.
    public var source: RecordSource

    /// HTML or text.
    public var kind: Kind

    /// The document: decompressed, de-chunked and content-decoded, but not charset-decoded.
    public var bytes: [UInt8]

    /// The `charset` parameter of the HTTP `Content-Type`, as written (unquoted); `nil` when there
    /// is none. The HTML parser weighs it against the document's own declarations.
    public var charset: String?

    /// The document's URL: `WARC-Target-URI` or the JSONL `url` member; `nil` when unknown.
    public var url: String?

    /// The HTTP media type, lowercased without parameters (`text/html`); `nil` when there is none.
    public var mediaType: String?

    /// The HTTP status code of a WARC `response` record; `nil` for other inputs.
    public var httpStatus: Int?

    /// Makes a record.
    public init(
        source: RecordSource,
        kind: Kind,
        bytes: [UInt8],
        charset: String? = nil,
        url: String? = nil,
        mediaType: String? = nil,
        httpStatus: Int? = nil
    ) {
        self.source = source
        self.kind = kind
        self.bytes = bytes
        self.charset = charset
        self.url = url
        self.mediaType = mediaType
        self.httpStatus = httpStatus
    }
}
