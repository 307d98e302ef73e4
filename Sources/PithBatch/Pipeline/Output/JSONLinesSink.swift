/// Writes one JSON line per record: the document line of a ``BatchOutputFormat/json`` processor
/// (with a `duplicate` member for marked copies) or an error line (see ``BatchJSON``).
public final class JSONLinesSink: BatchSink {
    private let file: OutputFile

    /// Creates (or truncates) the file at `path`.
    ///
    /// - Throws: `output.open_failed`.
    public init(path: String) throws(BatchOutputError) {
        file = try OutputFile(path: path)
    }

    /// Writes to an open descriptor, such as 1 for standard output; it is left open.
    ///
    /// - Parameter name: A name for error messages.
    public init(fileDescriptor: Int32, name: String) {
        file = OutputFile(fileDescriptor: fileDescriptor, name: name)
    }

    /// Writes the record's line.
    ///
    /// - Throws: `output.write_failed`.
    public func write(_ record: BatchRecord, duplicate: DuplicateMatch?) throws {
        switch record.outcome {
        case .success(let document):
            try file.write(Self.line(document.output, duplicate: duplicate) + "\n")
        case .failure(let error):
            try file.write(BatchJSON.errorLine(error, source: record.source, number: record.number) + "\n")
        }
    }

    /// `object` with the `duplicate` member added when there is a match.
    static func line(_ object: String, duplicate: DuplicateMatch?) -> String {
        guard let duplicate else { return object }
        return BatchJSON.appending(key: "duplicate", json: BatchJSON.duplicate(duplicate), to: object)
    }

    /// Writes out buffered lines.
    ///
    /// - Throws: `output.write_failed`.
    public func flush() throws {
        try file.flush()
    }
}
