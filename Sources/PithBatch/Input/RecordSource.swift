/// Where a record came from: enough to find it again and to name it in an error line.
public struct RecordSource: Sendable, Hashable, CustomStringConvertible {
    /// The position of a record inside its file.
    public enum Location: Sendable, Hashable {
        /// The record is the whole file (an HTML or text file).
        case wholeFile
        /// A WARC record. `offset` is where it starts in the file as stored: the gzip member's
        /// offset for `.warc.gz` (the offset Common Crawl's indexes give), the byte offset of the
        /// `WARC/1.x` line for uncompressed WARC. The id and URI are `nil` when a fault came
        /// before they were read.
        case warcRecord(offset: Int64, recordID: String?, targetURI: String?)
        /// A JSONL line, numbered from 1.
        case line(Int)
    }

    /// The input path as given (`-` for standard input).
    public var path: String

    /// The record's position in that input.
    public var location: Location

    /// Makes a source identity.
    public init(path: String, location: Location) {
        self.path = path
        self.location = location
    }

    /// `path`, `path:line` or `path@offset <record-id>`.
    public var description: String {
        switch location {
        case .wholeFile:
            return path
        case .line(let number):
            return "\(path):\(number)"
        case .warcRecord(let offset, let recordID, _):
            if let recordID { return "\(path)@\(offset) \(recordID)" }
            return "\(path)@\(offset)"
        }
    }
}
