/// Reads a whole HTML or text file, gzipped or not, as one record.
///
/// A document is parsed whole, so it is read whole — up to ``InputLimits/maxRecordBytes``; a
/// larger file yields `record.too_large` without being read to its end.
public final class DocumentReader: RecordReader {
    private let source: ByteSource
    /// The input's path as given, for the record's identity.
    public let path: String
    /// Whether the file holds HTML or text.
    public let kind: InputRecord.Kind
    /// The size limits in force.
    public let limits: InputLimits
    private var done = false

    /// Nothing is passed over in a single document.
    public var skipped: [String: Int] { [:] }

    /// Opens a file.
    ///
    /// - Throws: `io.open_failed`.
    public convenience init(
        path: String,
        kind: InputRecord.Kind,
        limits: InputLimits = InputLimits()
    ) throws(InputError) {
        try self.init(source: ByteSource(path: path), path: path, kind: kind, limits: limits)
    }

    /// Reads a document from a byte source.
    ///
    /// - Parameters:
    ///   - source: The bytes, from their current offset.
    ///   - path: The name used in the record's identity. Default: the source's name.
    ///   - kind: HTML or text.
    ///   - limits: Size limits. Default ``InputLimits/init()``.
    public init(source: ByteSource, path: String? = nil, kind: InputRecord.Kind, limits: InputLimits = InputLimits()) {
        self.source = source
        self.path = path ?? source.name
        self.kind = kind
        self.limits = limits
    }

    /// Bytes of the file read so far (compressed bytes for gzip), for progress.
    public var bytesRead: Int64 { source.offset }

    /// The document on the first call, `nil` after.
    public func next() -> Result<InputRecord, RecordFailure>? {
        guard !done else { return nil }
        done = true
        let identity = RecordSource(path: path, location: .wholeFile)
        do throws(InputError) {
            let cursor = try ByteCursor(source: source, chunkBytes: limits.chunkBytes, crossesMembers: true)
            let limit = limits.maxRecordBytes
            if !cursor.isCompressed, let size = source.size, size - source.offset > Int64(limit) {
                throw InputError(.recordTooLarge, "the file's \(size) bytes exceed \(limit) bytes")
            }
            var bytes: [UInt8] = []
            if !cursor.isCompressed, let size = source.size { bytes.reserveCapacity(Int(size - source.offset)) }
            // One byte over the limit tells a file at the limit from a larger one.
            let count = try cursor.append(upTo: limit + 1, to: &bytes)
            guard count <= limit else {
                throw InputError(.recordTooLarge, "the document exceeds \(limit) bytes")
            }
            return .success(InputRecord(source: identity, kind: kind, bytes: bytes))
        } catch {
            return .failure(RecordFailure(source: identity, error: error))
        }
    }
}
