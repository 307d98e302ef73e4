/// An HTTP/1.x response as archived in a WARC `response` record: status, header fields and body.
///
/// Parsing is tolerant, as archived traffic requires: LF-only line endings, folded header lines,
/// a missing reason phrase, header lines without a colon (ignored), and a header section that
/// never ends (then the body is empty). The body is decoded: `Transfer-Encoding: chunked` is
/// removed, then `Content-Encoding` `gzip`, `x-gzip` and `deflate` (zlib-wrapped or bare). Common
/// Crawl stores bodies already decoded and renames those headers, so usually nothing is done.
public struct HTTPResponse: Sendable {
    /// The protocol from the status line, e.g. `HTTP/1.1`.
    public var version: String

    /// The status code, e.g. `200`.
    public var status: Int

    /// The reason phrase; empty when the server sent none.
    public var reason: String

    /// The header fields in order.
    public var headers: HeaderFields

    /// The body after transfer and content decoding.
    public var body: [UInt8]

    /// Whether a compressed body ended early; ``body`` then holds what could be decoded.
    public var isBodyTruncated: Bool

    /// The parsed last `Content-Type` field, or `nil` when there is none.
    public var contentType: ContentType? {
        headers.values(named: "Content-Type").last { !$0.isEmpty }.map(ContentType.init(parsing:))
    }

    /// Parses an HTTP response from a WARC block and decodes its body.
    ///
    /// - Parameters:
    ///   - block: The record block: status line, header fields, blank line, body.
    ///   - limits: ``InputLimits/maxHeaderBytes`` bounds the header section and
    ///     ``InputLimits/maxRecordBytes`` the decoded body.
    /// - Throws: `http.malformed` without a status line `HTTP/x.y NNN` or with a header section
    ///   over the limit; `http.bad_encoding` for an unsupported or corrupt `Content-Encoding`;
    ///   `record.too_large` for a decoded body over the limit.
    public init(parsing block: [UInt8], limits: InputLimits = InputLimits()) throws(InputError) {
        var bytes = block
        try self.init(consuming: &bytes, limits: limits)
    }

    /// Parses `block`, reusing its storage for the body (no copy when the caller owns it uniquely).
    init(consuming block: inout [UInt8], limits: InputLimits) throws(InputError) {
        let bodyStart: Int
        do {
            // Scoped so that the parser's reference to `block` is gone before `removeSubrange`.
            var head = HeadParser(bytes: block, limit: limits.maxHeaderBytes)
            let statusLine = try head.statusLine()
            version = statusLine.version
            status = statusLine.status
            reason = statusLine.reason
            headers = try head.fields()
            bodyStart = head.position
        }
        block.removeSubrange(0..<bodyStart)
        body = block
        block = []
        isBodyTruncated = false
        try decodeBody(limits: limits)
    }
}
