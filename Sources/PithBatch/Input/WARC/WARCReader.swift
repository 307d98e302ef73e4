/// Streams the records of a WARC file (ISO 28500, WARC/1.0 and WARC/1.1), uncompressed or gzipped.
///
/// Two levels over the same file:
/// - ``nextRecord()`` yields every record — `warcinfo`, `request`, `response`, `metadata`, … —
///   with its header fields and block (blocks of the types in ``blockTypes`` only).
/// - ``next()`` (``RecordReader``) yields the HTML documents of `response` records as
///   ``InputRecord``s: the HTTP message parsed, its body de-chunked and content-decoded. Other
///   records are passed over and counted in ``skipped``.
///
/// Compression is detected from the file's first bytes, not its name. Memory is one record's
/// block (at most ``InputLimits/maxRecordBytes``; a larger block is read past, not buffered) plus
/// one read chunk.
///
/// ## Faults
/// Each fault yields one ``RecordFailure`` carrying as much of the record's identity as was read
/// (offset, record id, target URI), and reading goes on at the next record boundary:
/// - `.warc.gz`: the next gzip member. A record is only handed out once its member has ended
///   cleanly (checksum verified) or the next record of the same member has begun. A damaged
///   member is skipped by looking for the next gzip header after its start.
/// - uncompressed WARC: the next `WARC/1.x` version line (found even where junk before it does
///   not end with a line break). When a `Content-Length` runs past
///   the end of the file, the reader goes back to the block's start (on a seekable file) and
///   looks there, so the records the bogus length swallowed are still read.
///
/// Limits: a `.warc.gz` written as one gzip stream (not one member per record) can only
/// resynchronise at gzip members, so a fault there loses the rest of the stream; from a pipe,
/// resynchronising cannot go back, so records already read past by a damaged member or a bogus
/// `Content-Length` are lost.
public final class WARCReader {
    /// Where reading goes on after a fault.
    enum Resume {
        /// At the next record, where the cursor is.
        case here
        /// At the next gzip member.
        case nextMember
        /// At the next `WARC/1.x` version line, from the cursor on.
        case versionLine
        /// At the next `WARC/1.x` version line from a file offset (uncompressed, seekable input).
        case versionLineFrom(Int64)
    }

    let cursor: ByteCursor
    /// The input's path as given, for record identities.
    public let path: String
    /// The size limits in force.
    public let limits: InputLimits

    /// Record types whose blocks ``nextRecord()`` keeps; blocks of other types are read past.
    /// Default: all (`nil`).
    public var blockTypes: Set<WARCRecordType>?

    /// Media types (lowercase, without parameters) that ``next()`` hands out as HTML; HTTP
    /// responses with another media type are counted as `response/non-html` (and redirects, of any
    /// media type, as `response/redirect`). Responses without a
    /// `Content-Type` are always handed out. Default `text/html` and `application/xhtml+xml`.
    public var htmlMediaTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// Records passed over by ``next()``, by reason (see ``RecordReader/skipped``).
    public internal(set) var skipped: [String: Int] = [:]

    var resume = Resume.here
    var finished = false
    /// Reused for header lines.
    var line: [UInt8] = []

    /// Opens a WARC file.
    ///
    /// - Parameters:
    ///   - path: The file's path.
    ///   - limits: Size limits. Default ``InputLimits/init()``.
    /// - Throws: `io.open_failed`, `io.read_failed`.
    public convenience init(path: String, limits: InputLimits = InputLimits()) throws(InputError) {
        try self.init(source: ByteSource(path: path), path: path, limits: limits)
    }

    /// Reads a WARC from a byte source (a file, standard input or memory).
    ///
    /// - Parameters:
    ///   - source: The bytes, from their current offset.
    ///   - path: The name used in record identities. Default: the source's name.
    ///   - limits: Size limits. Default ``InputLimits/init()``.
    /// - Throws: `io.read_failed` when the first bytes cannot be read.
    public init(source: ByteSource, path: String? = nil, limits: InputLimits = InputLimits()) throws(InputError) {
        cursor = try ByteCursor(source: source, chunkBytes: limits.chunkBytes, crossesMembers: false)
        self.path = path ?? source.name
        self.limits = limits
    }

    /// Bytes of the file read so far (compressed bytes for `.warc.gz`), for progress.
    public var bytesRead: Int64 { cursor.source.offset }

    /// The next record of any type, or the fault in its place; `nil` at the end of the file.
    ///
    /// Blocks are kept for the types in ``blockTypes``; `response` blocks are not HTTP-decoded
    /// here (see ``HTTPResponse/init(parsing:limits:)``).
    public func nextRecord() -> Result<WARCRecord, RecordFailure>? {
        let types = blockTypes
        return readRecord { types?.contains($0) ?? true }
    }

    /// Reads one record, keeping its block when `keepsBlock` says so.
    func readRecord(keepsBlock: (WARCRecordType) -> Bool) -> Result<WARCRecord, RecordFailure>? {
        while !finished {
            var location = (offset: cursor.offset, recordID: String?.none, targetURI: String?.none)
            func failure(_ error: InputError) -> Result<WARCRecord, RecordFailure> {
                .failure(RecordFailure(
                    source: RecordSource(path: path, location: .warcRecord(
                        offset: location.offset, recordID: location.recordID, targetURI: location.targetURI)),
                    error: error))
            }
            do {
                guard try resynchronize() else { return nil }
                location.offset = cursor.gzip?.memberOffset ?? cursor.offset
                // Writers end records with CRLF CRLF; tolerate more, fewer, or bare LFs.
                try skipLineBreaks()
                guard try cursor.fill(atLeast: 1) else {
                    // End of a gzip member (the next one may hold the next record) or of the file.
                    if try cursor.nextSegment() { continue }
                    finished = true
                    return nil
                }
                location.offset = cursor.gzip?.memberOffset ?? cursor.offset

                let header: (version: String, fields: HeaderFields)
                switch try readHeader() {
                case .success(let parsed):
                    header = parsed
                case .failure(let error):
                    return failure(error)
                }
                var record = WARCRecord(
                    version: header.version, headers: header.fields, offset: location.offset, block: [],
                    contentLength: 0)
                location.recordID = record.recordID
                location.targetURI = record.targetURI
                guard let length = Self.contentLength(header.fields) else {
                    resume = cursor.isCompressed ? .nextMember : .versionLine
                    let value = header.fields["Content-Length"].map { "invalid Content-Length \"\($0)\"" }
                    return failure(InputError(.warcCorruptHeader, value ?? "no Content-Length"))
                }
                record.contentLength = length
                guard !record.type.rawValue.isEmpty else {
                    resume = cursor.isCompressed ? .nextMember : .versionLine
                    return failure(InputError(.warcCorruptHeader, "no WARC-Type"))
                }

                if let error = try readBlock(of: &record, keeping: keepsBlock(record.type)) {
                    return failure(error)
                }
                if let error = try finishMember() {
                    return failure(error)
                }
                return .success(record)
            } catch {
                if error.code == .ioReadFailed {
                    finished = true
                    cursor.abandon()
                } else {
                    resume = .nextMember  // only gzip throws anything else
                }
                return failure(error)
            }
        }
        return nil
    }

    /// Moves to where reading goes on after a fault.
    ///
    /// - Returns: `false` when the input has no further record.
    private func resynchronize() throws(InputError) -> Bool {
        let target = resume
        resume = .here
        switch target {
        case .here:
            return true
        case .nextMember:
            if try cursor.nextSegment() { return true }
        case .versionLine:
            if try findVersionLine() { return true }
        case .versionLineFrom(let offset):
            if cursor.source.isSeekable {
                try cursor.seek(to: offset)
                if try findVersionLine() { return true }
            }
        }
        finished = true
        return false
    }

    /// The `WARC/1.` that starts a record's version line.
    static let versionPrefix: [UInt8] = Array("WARC/1.".utf8)

    /// Consumes bytes up to the next complete version line, `WARC/1.` then digits then a line
    /// break. It need not start a line: junk rarely ends with a line break.
    private func findVersionLine() throws(InputError) -> Bool {
        while try cursor.skip(to: UInt8(ascii: "W")) {
            if try isAtVersionLine() { return true }
            cursor.consume(1)
        }
        return false
    }

    /// Whether the cursor is at `WARC/1.<digits>` followed by CR or LF.
    private func isAtVersionLine() throws(InputError) -> Bool {
        let longest = 24
        _ = try cursor.fill(atLeast: longest)
        let available = min(cursor.bufferedCount, longest)
        let prefix = Self.versionPrefix
        guard available > prefix.count + 1 else { return false }
        for index in prefix.indices where cursor.byte(at: index) != prefix[index] { return false }
        var index = prefix.count
        while index < available, cursor.byte(at: index) >= 0x30, cursor.byte(at: index) <= 0x39 { index += 1 }
        guard index > prefix.count, index < available else { return false }
        return cursor.byte(at: index) == 0x0D || cursor.byte(at: index) == 0x0A
    }

    /// Consumes CR and LF bytes.
    func skipLineBreaks() throws(InputError) {
        while try cursor.fill(atLeast: 1) {
            let byte = cursor.byte(at: 0)
            guard byte == 0x0D || byte == 0x0A else { return }
            cursor.consume(1)
        }
    }

    /// A `Content-Length` of decimal digits that fits in 63 bits, else `nil`.
    static func contentLength(_ fields: HeaderFields) -> Int64? {
        guard let text = fields["Content-Length"], !text.isEmpty, text.utf8.count <= 18 else { return nil }
        var value: Int64 = 0
        for byte in text.utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
        }
        return value
    }
}
