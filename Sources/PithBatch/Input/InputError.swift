/// Why an input, or one record of it, could not be read.
///
/// Every fault the input layer reports carries one of the stable codes below; the message adds
/// what was seen (an offset, a header line, zlib's words). Codes are part of the API: batch output
/// and dashboards key on them, so they are never renamed, only added to.
///
/// | code | meaning | what the reader does next |
/// | --- | --- | --- |
/// | `io.open_failed` | a path could not be opened, listed or examined | discovery throws; no reader is made |
/// | `io.read_failed` | reading or seeking an open file failed | one error record, then the input ends |
/// | `input.unsupported` | a file named on the command line has no known format | discovery throws |
/// | `gzip.corrupt` | bytes that are not gzip data, invalid deflate data, or a checksum mismatch | skips to the next gzip member |
/// | `gzip.truncated` | the input ended inside a gzip member | skips to the next gzip member (none: the input ends) |
/// | `warc.corrupt_header` | no WARC version line, an unparseable header line, a missing or invalid `Content-Length`, or a header block over ``InputLimits/maxHeaderBytes`` | skips to the next record boundary |
/// | `warc.junk` | bytes where a record should start that are not a WARC version line (uncompressed WARC) | skips to the next `WARC/1.` line |
/// | `warc.truncated` | the block is shorter than its `Content-Length` (the input or the gzip member ended) | skips to the next record boundary |
/// | `warc.length_mismatch` | in a gzip member, the block is followed by bytes that are neither the closing CRLFs nor another record | skips to the next gzip member |
/// | `record.too_large` | a WARC block, a whole file, a decoded HTTP body or a JSONL line exceeds its limit | discards to the record's end without buffering it |
/// | `record.empty` | a WARC `response` record with an empty block; in a batch run, also a document with no bytes but whitespace (e.g. an HTTP 200 with an empty body) | goes on with the next record |
/// | `record.binary` | in a batch run, an HTML document whose first bytes are mostly control bytes (an image or archive labelled HTML) | goes on with the next record |
/// | `http.malformed` | a `response` block without a parseable HTTP status line or with an HTTP header section over ``InputLimits/maxHeaderBytes`` | goes on with the next record |
/// | `http.bad_encoding` | a `Content-Encoding` that is unsupported or whose data is corrupt | goes on with the next record |
/// | `jsonl.malformed` | a line that is not a JSON object with a string `html` or `text` member | goes on with the next line |
///
/// Boundaries: the next gzip member for `.warc.gz`; for uncompressed WARC the next line that starts
/// with `WARC/1.`. Faults are local: records after a fault are always read.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, dotted error code such as `gzip.truncated`.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code as written in output, e.g. `warc.corrupt_header`.
        public let rawValue: String

        /// Wraps a code string; prefer the documented static members.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The code string.
        public var description: String { rawValue }
    }

    /// What kind of fault this is.
    public var code: Code

    /// A human-readable explanation with the details seen (offsets, header text, zlib's message).
    public var message: String

    /// Makes an error with a code and a message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`, e.g. `gzip.truncated: input ends inside the gzip member at offset 0`.
    public var description: String { "\(code.rawValue): \(message)" }
}

extension InputError.Code {
    /// A path could not be opened, listed or examined.
    public static let ioOpenFailed = Self(rawValue: "io.open_failed")
    /// Reading or seeking an open file failed.
    public static let ioReadFailed = Self(rawValue: "io.read_failed")
    /// A file named explicitly has no known input format.
    public static let inputUnsupported = Self(rawValue: "input.unsupported")
    /// Bytes that are not gzip data, invalid deflate data, or a checksum mismatch.
    public static let gzipCorrupt = Self(rawValue: "gzip.corrupt")
    /// The input ended inside a gzip member.
    public static let gzipTruncated = Self(rawValue: "gzip.truncated")
    /// A WARC record header that cannot be parsed (version line, fields, `Content-Length`, size).
    public static let warcCorruptHeader = Self(rawValue: "warc.corrupt_header")
    /// Bytes between uncompressed WARC records that are not a record.
    public static let warcJunk = Self(rawValue: "warc.junk")
    /// A WARC block shorter than its `Content-Length`.
    public static let warcTruncated = Self(rawValue: "warc.truncated")
    /// A gzip member that goes on after its record's block with bytes that are not a record.
    public static let warcLengthMismatch = Self(rawValue: "warc.length_mismatch")
    /// A record over its size limit; it was discarded without being buffered.
    public static let recordTooLarge = Self(rawValue: "record.too_large")
    /// A WARC `response` record with an empty block, or a document with nothing but whitespace.
    public static let recordEmpty = Self(rawValue: "record.empty")
    /// An HTML document that looks binary (see ``RecordScreen``).
    public static let recordBinary = Self(rawValue: "record.binary")
    /// A WARC `response` block that is not a parseable HTTP response.
    public static let httpMalformed = Self(rawValue: "http.malformed")
    /// An HTTP body whose `Content-Encoding` is unsupported or corrupt.
    public static let httpBadEncoding = Self(rawValue: "http.bad_encoding")
    /// A JSONL line that is not an object with a string `html` or `text` member.
    public static let jsonlMalformed = Self(rawValue: "jsonl.malformed")
}
