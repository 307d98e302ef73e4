import Foundation
@testable import PithBatch

/// Builds WARC bytes by hand for tests: records, HTTP responses, gzip members, faults.
enum WARCBuilder {
    /// A record id whose last two digits are `number`.
    static func id(_ number: Int) -> String {
        "<urn:uuid:00000000-0000-4000-8000-0000000000\(number < 10 ? "0" : "")\(number)>"
    }

    /// A WARC record: version line, fields, blank line, block, CRLF CRLF.
    ///
    /// - Parameters:
    ///   - contentLength: Declared length; default the block's real length.
    ///   - lineEnding: `\r\n` by default; `\n` for sloppy writers.
    static func record(
        type: String,
        number: Int,
        uri: String? = nil,
        contentType: String? = nil,
        block: [UInt8],
        version: String = "1.0",
        contentLength: Int? = nil,
        extraFields: [String] = [],
        lineEnding: String = "\r\n"
    ) -> [UInt8] {
        var lines = ["WARC/\(version)", "WARC-Type: \(type)", "WARC-Record-ID: \(id(number))",
                     "WARC-Date: 2024-03-01T12:00:00Z"]
        if let uri { lines.append("WARC-Target-URI: \(uri)") }
        if let contentType { lines.append("Content-Type: \(contentType)") }
        lines += extraFields
        lines.append("Content-Length: \(contentLength ?? block.count)")
        let head = lines.joined(separator: lineEnding) + lineEnding + lineEnding
        return Array(head.utf8) + block + Array((lineEnding + lineEnding).utf8)
    }

    /// An HTTP response message.
    static func http(
        status: String = "HTTP/1.1 200 OK",
        headers: [String] = ["Content-Type: text/html; charset=utf-8"],
        body: [UInt8],
        lineEnding: String = "\r\n"
    ) -> [UInt8] {
        Array(([status] + headers).map { $0 + lineEnding }.joined().utf8) + Array(lineEnding.utf8) + body
    }

    /// A small HTML page that names itself, `padding` paragraphs long.
    static func page(_ number: Int, padding: Int = 2) -> [UInt8] {
        var html = "<!DOCTYPE html><html><head><title>Page \(number)</title></head><body>"
        for paragraph in 0..<padding {
            html += "<p>Paragraph \(paragraph) of page \(number): the quick archive jumps over record \(paragraph * 7 + number).</p>\n"
        }
        return Array((html + "</body></html>\n").utf8)
    }

    /// A `response` record holding an HTML page for `http://example.test/<number>`.
    static func response(_ number: Int, padding: Int = 2, contentLength: Int? = nil) -> [UInt8] {
        record(
            type: "response", number: number, uri: "http://example.test/\(number)",
            contentType: "application/http; msgtype=response",
            block: http(body: page(number, padding: padding)), contentLength: contentLength)
    }

    /// A `request` record for `http://example.test/<number>`.
    static func request(_ number: Int) -> [UInt8] {
        record(
            type: "request", number: number, uri: "http://example.test/\(number)",
            contentType: "application/http; msgtype=request",
            block: Array("GET /\(number) HTTP/1.1\r\nHost: example.test\r\n\r\n".utf8))
    }

    /// Each record compressed as its own gzip member, concatenated (Common Crawl's layout).
    static func gzipPerRecord(_ records: [[UInt8]], level: Int32 = 6) -> [UInt8] {
        records.flatMap { Deflate.compress($0, format: .gzip, level: level) }
    }

    /// The gzip members of `records`, separately.
    static func members(_ records: [[UInt8]], level: Int32 = 6) -> [[UInt8]] {
        records.map { Deflate.compress($0, format: .gzip, level: level) }
    }

    /// Bytes that look like nothing: NULs, high bytes, a line feed, no `WARC/` and no gzip magic.
    static let junk: [UInt8] = [0x00, 0xFF, 0xFE, 0x13, 0x37, 0x0A, 0x00, 0x42, 0x99, 0x0D, 0x0A] + Array(repeating: 0xAB, count: 40)
}

/// Reading helpers shared by the tests.
enum Drain {
    /// Every result of a reader.
    static func all(_ reader: some RecordReader) -> [Result<InputRecord, RecordFailure>] {
        var reader = reader
        var results: [Result<InputRecord, RecordFailure>] = []
        while let result = reader.next() {
            results.append(result)
            precondition(results.count < 100_000, "reader does not end")
        }
        return results
    }

    /// Compact outcomes: `ok <id>` for a record, `<code> <id>` for a failure, where `<id>` is the
    /// last two digits of the WARC record id, `line N` for JSONL, or `-` when unknown.
    static func outcomes(_ results: [Result<InputRecord, RecordFailure>]) -> [String] {
        results.map { result in
            switch result {
            case .success(let record): return "ok \(tag(record.source))"
            case .failure(let failure): return "\(failure.error.code.rawValue) \(tag(failure.source))"
            }
        }
    }

    /// Outcomes of every WARC record (all types) read with `nextRecord()`.
    static func rawOutcomes(_ reader: WARCReader) -> [String] {
        var outcomes: [String] = []
        while let result = reader.nextRecord() {
            switch result {
            case .success(let record): outcomes.append("\(record.type.rawValue) \(tag(record.source(path: "")))")
            case .failure(let failure): outcomes.append("\(failure.error.code.rawValue) \(tag(failure.source))")
            }
            precondition(outcomes.count < 100_000, "reader does not end")
        }
        return outcomes
    }

    static func tag(_ source: RecordSource) -> String {
        switch source.location {
        case .wholeFile: return "file"
        case .line(let number): return "line \(number)"
        case .warcRecord(_, let recordID, _):
            guard let recordID else { return "-" }
            return String(recordID.dropLast().suffix(2))
        }
    }

    /// A WARC reader over bytes in memory.
    static func warc(_ bytes: [UInt8], limits: InputLimits = InputLimits()) throws -> WARCReader {
        try WARCReader(source: ByteSource(bytes: bytes, name: "test.warc"), limits: limits)
    }
}

/// Files the tests write, in a fresh temporary directory removed at deinit.
final class TemporaryDirectory {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("pith-batch-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` at `relative` (creating folders) and returns the full path.
    @discardableResult
    func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }
}

/// The committed fixtures in `Tests/Fixtures`.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)

    static func warc(_ name: String) -> String { root.appendingPathComponent("warc").appendingPathComponent(name).path }
}

/// A source that reads through a pipe, so it cannot seek (bytes must fit the pipe's buffer).
func pipeSource(_ bytes: [UInt8]) throws -> ByteSource {
    precondition(bytes.count < 60_000, "pipeSource needs bytes that fit a pipe buffer")
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw CocoaError(.fileWriteUnknown) }
    let written = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
    close(ends[1])
    precondition(written == bytes.count, "short write to the pipe")
    return ByteSource(fileDescriptor: ends[0], closeOnRelease: true, name: "pipe")
}
