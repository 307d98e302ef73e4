/// Bounds that keep every reader's memory proportional to one record, whatever the input is.
///
/// A record over a bound becomes a `record.too_large` error record and is read past without being
/// buffered; the readers never hold more than one record (plus one read chunk) at a time.
public struct InputLimits: Sendable, Hashable {
    /// Largest record handed out, in bytes: a WARC block, a whole HTML or text file after
    /// decompression, or an HTTP body after decoding. Default 64 MiB, the same scale as the
    /// parser's node limit (a 50 MB page of tags); Common Crawl truncates payloads at 1 MiB.
    public var maxRecordBytes: Int = 64 << 20

    /// Largest WARC header block (version line and fields), and largest HTTP header section,
    /// in bytes. Default 256 KiB; Common Crawl headers are under 2 KiB, long URIs under 64 KiB.
    public var maxHeaderBytes: Int = 256 << 10

    /// Longest JSONL line, in bytes, newline excluded. Default 128 MiB: twice ``maxRecordBytes``,
    /// room for JSON string escapes.
    public var maxLineBytes: Int = 128 << 20

    /// Size of each read from a file and of each decompressed chunk, in bytes. Default 64 KiB.
    public var chunkBytes: Int = 64 << 10

    /// The defaults above.
    public init() {}
}
