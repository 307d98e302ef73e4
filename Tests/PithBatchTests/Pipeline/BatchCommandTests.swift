import Foundation
import Testing
@testable import PithBatch

/// `pith batch` end to end: the built binary's output streams and exit status (0 all extracted,
/// 1 some records failed, 2 the run could not start or was stopped).
@Suite("pith batch command")
struct BatchCommandTests {
    /// The debug binary next to the test build (`swift build` makes it; CI builds before testing).
    static let binary = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/pith").path

    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
        var lines: [String] { standardOutput.split(separator: "\n").map(String.init) }
    }

    static func pith(_ arguments: [String], standardInput: [UInt8]? = nil) throws -> Outcome {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build pith first: swift build")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["batch"] + arguments
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        if let standardInput { input.fileHandleForWriting.write(Data(standardInput)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so that a full pipe cannot stall the child.
        let errorData = SharedData()
        let reader = Thread { errorData.data = error.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorData.data == nil { usleep(1000) }
        return Outcome(status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
                       standardError: String(decoding: errorData.data ?? Data(), as: UTF8.self))
    }

    final class SharedData: @unchecked Sendable {
        private let lock = NSLock()
        private var _data: Data?
        var data: Data? {
            get { lock.withLock { _data } }
            set { lock.withLock { _data = newValue } }
        }
    }

    @Test("every record extracted: status 0, lines on stdout, the summary on stderr")
    func success() throws {
        let outcome = try Self.pith([Fixtures.warc("mixed.warc.gz"), "--order", "input", "--threads", "2"])
        #expect(outcome.status == 0)
        #expect(outcome.lines.count == 4)
        #expect(outcome.lines.allSatisfy { $0.hasPrefix("{") && $0.contains(#""source":{"record":"#) })
        // Not a terminal: no progress, just the one summary line.
        #expect(outcome.standardError.split(separator: "\n").count == 1)
        #expect(outcome.standardError.hasPrefix("pith batch: 4 records: 4 documents, 0 failed; 7 skipped"))
    }

    @Test("some records failed: status 1, still one line per record")
    func someFailed() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("damaged.warc.gz", BatchRunnerAccountingTests.damagedWARCGzip())
        let summary = directory.path + "/summary.json"
        let outcome = try Self.pith([path, "--quiet", "--max-record-bytes", "16384", "--summary", summary])
        #expect(outcome.status == 1)
        #expect(outcome.lines.count == 8)
        #expect(outcome.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as? [String: Any]
        #expect(object?["records"] as? Int == 8)
        #expect(object?["failed"] as? Int == 5)
        #expect(object?["linesWritten"] as? Int == 8)
    }

    @Test("standard input, sniffed")
    func standardInput() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.warc("v11.warc.gz")))
        let outcome = try Self.pith(["-", "--quiet"], standardInput: Array(bytes))
        #expect(outcome.status == 0)
        #expect(outcome.lines.count == 2)
        #expect(outcome.lines[0].contains(#""path":"-""#))
    }

    @Test("a directory with --glob, into --output-dir")
    func directories() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in/a.html", WARCBuilder.page(1))
        try directory.write("in/deeper/b.html", WARCBuilder.page(2))
        try directory.write("in/skip.txt", Array("not matched".utf8))
        let outcome = try Self.pith([directory.path + "/in", "--glob", "*.html", "--output-dir", directory.path + "/out",
                                     "--format", "markdown", "--order", "input", "--quiet"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/out").sorted()
        #expect(files == ["00000001.md", "00000002.md", "index.jsonl"])
    }

    @Test("the run cannot start: status 2", arguments: [
        ["/nonexistent/input.warc.gz"],
        [Fixtures.warc("v11.warc.gz"), "--output", "/nonexistent/dir/out.jsonl"],
        [Fixtures.warc("v11.warc.gz"), "--format", "markdown"],
        [Fixtures.warc("v11.warc.gz"), "--threads", "0"],
        [],
    ])
    func cannotStart(arguments: [String]) throws {
        let outcome = try Self.pith(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.hasPrefix("pith batch: "))
    }

    @Test("--help documents the exit status and error codes")
    func help() throws {
        let outcome = try Self.pith(["--help"])
        #expect(outcome.status == 0)
        for text in ["Exit status: 0", "1 the run finished but some records", "2 the run could not start", "record.binary",
                     "jsonl.malformed", "warc.corrupt_header"] {
            #expect(outcome.standardOutput.contains(text), "missing \(text)")
        }
    }
}
