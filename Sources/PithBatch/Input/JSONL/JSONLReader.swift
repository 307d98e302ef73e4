/// Streams documents from JSON Lines: one object per line, `{"url": …, "html": …}` or
/// `{"url": …, "text": …}`, uncompressed or gzipped (detected from the first bytes).
///
/// Each line yields one record numbered from 1 (its ``RecordSource/Location/line(_:)``), or one
/// failure: `jsonl.malformed` for a line that is not such an object, `record.too_large` for a
/// line over ``InputLimits/maxLineBytes`` (read past to its end, never buffered whole). Blank
/// lines are counted in ``skipped`` as `blank-line`. `html` wins when a line has both `html` and
/// `text`; `url` may be missing. A UTF-8 byte order mark before the first line and CR before a
/// line feed are ignored.
///
/// Memory is one line plus one read chunk. After a gzip fault, reading goes on at the next gzip
/// member and line numbers continue from the fault (the lines lost in the damage are not counted).
public final class JSONLReader: RecordReader {
    private let cursor: ByteCursor
    /// The input's path as given, for record identities.
    public let path: String
    /// The size limits in force.
    public let limits: InputLimits
    /// Records passed over, by reason (`blank-line`).
    public private(set) var skipped: [String: Int] = [:]

    private var lineNumber = 0
    private var finished = false
    private var line: [UInt8] = []

    /// Opens a JSONL file.
    ///
    /// - Throws: `io.open_failed`, `io.read_failed`.
    public convenience init(path: String, limits: InputLimits = InputLimits()) throws(InputError) {
        try self.init(source: ByteSource(path: path), path: path, limits: limits)
    }

    /// Reads JSONL from a byte source.
    ///
    /// - Parameters:
    ///   - source: The bytes, from their current offset.
    ///   - path: The name used in record identities. Default: the source's name.
    ///   - limits: Size limits. Default ``InputLimits/init()``.
    /// - Throws: `io.read_failed` when the first bytes cannot be read.
    public init(source: ByteSource, path: String? = nil, limits: InputLimits = InputLimits()) throws(InputError) {
        cursor = try ByteCursor(source: source, chunkBytes: limits.chunkBytes, crossesMembers: true)
        self.path = path ?? source.name
        self.limits = limits
    }

    /// Bytes of the file read so far (compressed bytes for gzip), for progress.
    public var bytesRead: Int64 { cursor.source.offset }

    /// The next line's record, or the fault in its place; `nil` at the end of the file.
    public func next() -> Result<InputRecord, RecordFailure>? {
        while !finished {
            // Keep the line buffer's capacity only while it is modest.
            if line.capacity > 1 << 20 { line = [] } else { line.removeAll(keepingCapacity: true) }
            lineNumber += 1
            do {
                switch try cursor.readLine(into: &line, limit: limits.maxLineBytes) {
                case .newline:
                    break
                case .endOfSegment:
                    if line.isEmpty {
                        finished = true
                        return nil
                    }
                case .tooLong:
                    _ = try cursor.skipLine()
                    return failure(InputError(.recordTooLarge, "the line exceeds \(limits.maxLineBytes) bytes"))
                }
            } catch {
                return failure(recovering: error)
            }
            if line.last == 0x0D { line.removeLast() }
            if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                skipped["blank-line", default: 0] += 1
                continue
            }
            return record(from: line)
        }
        return nil
    }

    private func record(from line: [UInt8]) -> Result<InputRecord, RecordFailure> {
        let decoded = line.withUnsafeBytes { bytes in
            Result { () throws(JSONLineDecoder.SyntaxError) in try JSONLineDecoder.decode(bytes) }
        }
        let members: JSONLineDecoder.Members
        switch decoded {
        case .success(let value):
            members = value
        case .failure(let error):
            return failure(InputError(.jsonlMalformed, "\(error.message) at byte \(error.offset)"))
        }
        let source = RecordSource(path: path, location: .line(lineNumber))
        if let html = members.html {
            return .success(InputRecord(source: source, kind: .html, bytes: html, url: members.url))
        }
        if let text = members.text {
            return .success(InputRecord(source: source, kind: .text, bytes: text, url: members.url))
        }
        return failure(InputError(.jsonlMalformed, "the object has no string \"html\" or \"text\" member"))
    }

    private func failure(_ error: InputError) -> Result<InputRecord, RecordFailure> {
        .failure(RecordFailure(source: RecordSource(path: path, location: .line(lineNumber)), error: error))
    }

    /// Reports a read fault on the current line and moves to where reading can go on.
    private func failure(recovering error: InputError) -> Result<InputRecord, RecordFailure> {
        if error.code == .ioReadFailed {
            finished = true
        } else {
            do {
                if try !cursor.nextSegment() { finished = true }
            } catch {
                finished = true
            }
        }
        return failure(error)
    }
}
