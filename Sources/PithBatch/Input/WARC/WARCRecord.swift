/// One WARC record: its header fields and (unless skipped) its block.
public struct WARCRecord: Sendable, Hashable {
    /// The version from the first line, e.g. `1.0` or `1.1`.
    public var version: String

    /// The named fields of the record header, in order.
    public var headers: HeaderFields

    /// Where the record starts in the file: the gzip member's offset for `.warc.gz` (shared by
    /// the records of a member that holds several), the `WARC/` line's offset otherwise.
    public var offset: Int64

    /// The block: `Content-Length` bytes following the header. Empty when the reader was told not
    /// to keep blocks of this record's type.
    public var block: [UInt8]

    /// The `Content-Length`: the block's length as declared.
    public var contentLength: Int64

    /// Makes a record.
    public init(version: String, headers: HeaderFields, offset: Int64, block: [UInt8], contentLength: Int64) {
        self.version = version
        self.headers = headers
        self.offset = offset
        self.block = block
        self.contentLength = contentLength
    }

    /// `WARC-Type`, lowercased.
    public var type: WARCRecordType { WARCRecordType(rawValue: (headers["WARC-Type"] ?? "").lowercased()) }

    /// `WARC-Record-ID` as written, e.g. `<urn:uuid:…>`.
    public var recordID: String? { headers["WARC-Record-ID"] }

    /// `WARC-Target-URI`, without the angle brackets some writers add.
    public var targetURI: String? {
        guard var uri = headers["WARC-Target-URI"] else { return nil }
        if uri.hasPrefix("<"), uri.hasSuffix(">"), uri.count >= 2 { uri = String(uri.dropFirst().dropLast()) }
        return uri
    }

    /// `WARC-Date` as written (W3C date-time).
    public var date: String? { headers["WARC-Date"] }

    /// The record's `Content-Type` (of the block), e.g. `application/http; msgtype=response`.
    public var contentType: String? { headers["Content-Type"] }

    /// The source identity of this record in the file at `path`.
    public func source(path: String) -> RecordSource {
        RecordSource(path: path, location: .warcRecord(offset: offset, recordID: recordID, targetURI: targetURI))
    }
}
