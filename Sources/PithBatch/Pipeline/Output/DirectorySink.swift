import Foundation
import Pith

/// Writes each document to its own file in a directory, and one line per record to
/// `index.jsonl` there.
///
/// Document files are named after the record number, zero-padded to
/// ``fileNameDigits`` digits, with the format's extension: `00000042.md`. Index lines are
/// `{"source": {…}, "file": "00000042.md"}` (with `duplicate` for marked copies), or the
/// error line for records that failed (see ``BatchJSON``) — so the index accounts for every
/// record, and error records have no file.
public final class DirectorySink: BatchSink {
    /// Digits of a document file's number (more are used past 99,999,999 records).
    public static let fileNameDigits = 8

    /// The index file's name.
    public static let indexFileName = "index.jsonl"

    /// The directory written into.
    public let directory: String

    /// The documents' format; must match the processor's.
    public let format: BatchOutputFormat

    private let index: OutputFile

    /// Creates the directory (and its parents) when missing, and the index file in it.
    ///
    /// - Throws: `output.open_failed`.
    public init(directory: String, format: BatchOutputFormat) throws(BatchOutputError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw BatchOutputError(.openFailed, "cannot create the directory \(directory): \(error.localizedDescription)")
        }
        self.directory = directory
        self.format = format
        index = try OutputFile(path: Self.path(directory, Self.indexFileName))
    }

    /// The file name for record `number`.
    public func fileName(for number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, Self.fileNameDigits - digits.count)) + digits + "." + format.fileExtension
    }

    /// Writes the document's file and the record's index line.
    ///
    /// - Throws: `output.open_failed`, `output.write_failed`.
    public func write(_ record: BatchRecord, duplicate: DuplicateMatch?) throws {
        switch record.outcome {
        case .failure(let error):
            try index.write(BatchJSON.errorLine(error, source: record.source, number: record.number) + "\n")
        case .success(let document):
            let name = fileName(for: record.number)
            let content = format == .json ? JSONLinesSink.line(document.output, duplicate: duplicate) : document.output
            try OutputFile.write(content + "\n", toNewFileAt: Self.path(directory, name))
            var line = "{\"source\":" + BatchJSON.source(record.source, number: record.number)
            line += ",\"file\":" + JSONWriter.quoted(name) + "}"
            try index.write(JSONLinesSink.line(line, duplicate: duplicate) + "\n")
        }
    }

    /// Writes out buffered index lines.
    ///
    /// - Throws: `output.write_failed`.
    public func flush() throws {
        try index.flush()
    }

    private static func path(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
