import Foundation
import Testing
@testable import PithBatch

/// Every record in yields exactly one line out — a document or an error — whatever the damage,
/// the thread count and the order; the summary adds up.
@Suite("BatchRunner record accounting")
struct BatchRunnerAccountingTests {
    typealias W = WARCBuilder

    /// Bytes that are not text: a fixed xorshift sequence, so failures reproduce.
    static func binaryBytes(_ count: Int) -> [UInt8] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state >> 32)
        }
    }

    /// A `response` record for record number `number` holding `http`.
    static func response(_ number: Int, http: [UInt8]) -> [UInt8] {
        W.record(type: "response", number: number, uri: "http://example.test/\(number)",
                 contentType: "application/http; msgtype=response", block: http)
    }

    /// Record size limit of the damaged WARCs: record 5 exceeds it, the others do not.
    static let limits: InputLimits = {
        var limits = InputLimits()
        limits.maxRecordBytes = 16 << 10
        return limits
    }()

    /// Every fault of the issue's list, each in its own record, between good records and
    /// records that are not documents.
    static func damagedRecords() -> [[UInt8]] {
        let header = String(decoding: W.response(4), as: UTF8.self)
            .replacingOccurrences(of: "Content-Length: ", with: "Content-Length: many ")
        var invalidUTF8 = W.page(7, padding: 6)
        invalidUTF8.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80], at: invalidUTF8.count - 40)
        return [
            W.record(type: "warcinfo", number: 0, contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
            W.response(1, padding: 6),
            W.request(2),
            W.response(3, padding: 30),  // its gzip member gets cut in half
            Array(header.utf8),  // corrupt WARC header
            W.response(5, padding: 400),  // over the size limit
            response(6, http: W.http(body: binaryBytes(3000))),  // binary junk labelled text/html
            response(7, http: W.http(body: invalidUTF8)),  // invalid UTF-8 in the HTML
            W.record(type: "response", number: 8, uri: "http://example.test/8",
                     contentType: "application/http; msgtype=response", block: []),  // zero-length record
            response(9, http: W.http(status: "HTTP/1.1 301 Moved Permanently", headers: ["Location: /"], body: [])),  // skipped
            W.record(type: "metadata", number: 10, contentType: "application/warc-fields", block: Array("a: b\r\n".utf8)),
            W.response(11, padding: 6),
        ]
    }

    /// The outcomes expected from ``damagedRecords()``; `gzip.` stands for either gzip code.
    static let damagedOutcomes = [
        "ok 01", "gzip. 03", "warc.corrupt_header 04", "record.too_large 05", "record.binary 06", "ok 07",
        "record.empty 08", "ok 11",
    ]

    /// `outcomes` with any gzip error code written as `gzip.`.
    static func normalized(_ outcomes: [String]) -> [String] {
        outcomes.map { $0.hasPrefix("gzip.") ? "gzip. " + $0.split(separator: " ").last! : $0 }
    }

    /// ``damagedRecords()`` as a `.warc.gz`, one member per record, record 3's member cut in half.
    static func damagedWARCGzip() -> [UInt8] {
        var members = W.members(damagedRecords())
        members[3].removeLast(members[3].count / 2)
        return members.flatMap { $0 }
    }

    static let orders: [BatchOptions.Order] = [.input, .completion]

    @Test("a damaged .warc.gz: one line per record, each fault its own error", arguments: [1, 2, 4], orders)
    func damagedGzip(threads: Int, order: BatchOptions.Order) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("damaged.warc.gz", Self.damagedWARCGzip())
        var options = BatchHarness.options(threads: threads, order: order)
        options.limits = Self.limits
        let run = try BatchHarness.run(paths: [path], options: options)

        #expect(Self.normalized(run.outcomesByNumber) == Self.damagedOutcomes)
        #expect(run.lines.map(\.number).sorted() == Array(1...Self.damagedOutcomes.count))
        if order == .input { #expect(run.lines.map(\.number) == Array(1...Self.damagedOutcomes.count)) }
        #expect(run.summary.records == 8)
        #expect(run.summary.documents == 3)
        #expect(run.summary.failed == 5)
        #expect(run.summary.skipped == ["warcinfo": 1, "request": 1, "metadata": 1, "response/redirect": 1])
        #expect(run.summary.linesWritten == run.lines.count)
        let invalid = try #require(run.lines.first { $0.tag == "07" })
        #expect(invalid.title == "Page 7")
        #expect(invalid.text?.contains("Paragraph 5 of page 7") == true)
    }

    @Test("a damaged uncompressed WARC", arguments: [1, 2])
    func damagedPlain(threads: Int) throws {
        let directory = try TemporaryDirectory()
        let records = Self.damagedRecords()
        let path = try directory.write("damaged.warc", records.flatMap { $0 } + W.junk + W.response(12))
        var options = BatchHarness.options(threads: threads)
        options.limits = Self.limits
        let run = try BatchHarness.run(paths: [path], options: options)

        var expected = Self.damagedOutcomes
        expected[1] = "ok 03"
        expected += ["warc.junk -", "ok 12"]
        #expect(run.outcomes == expected)
        #expect(run.summary.failed == 5)
        #expect(run.summary.documents == 5)
    }

    @Test("warcio fixtures: the same records, in order, as the reader yields them",
          arguments: ["mixed.warc.gz", "mixed.warc", "v11.warc.gz"])
    func warcioFixtures(name: String) throws {
        let path = Fixtures.warc(name)
        let reader = try WARCReader(path: path)
        let expected = Drain.outcomes(Drain.all(reader))
        let run = try BatchHarness.run(paths: [path], options: BatchHarness.options(threads: 2))
        #expect(run.outcomes == expected)
        #expect(run.summary.skipped == reader.skipped)
        #expect(run.lines.allSatisfy { $0.code == nil && $0.title?.isEmpty == false })
    }

    @Test("a warcio member cut in half: one error in its place, all else out", arguments: 0..<11)
    func warcioMemberCut(index: Int) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.warc("mixed.warc.gz"))))
        let offsets = try WARCFixtureTests.memberOffsets(bytes) + [Int64(bytes.count)]
        let start = Int(offsets[index])
        let end = Int(offsets[index + 1])
        let damaged = Array(bytes[..<(start + (end - start) / 2)] + bytes[end...])
        let directory = try TemporaryDirectory()
        let path = try directory.write("cut.warc.gz", damaged)

        let expected = Drain.outcomes(Drain.all(try WARCReader(path: path)))
        let run = try BatchHarness.run(paths: [path], options: BatchHarness.options(threads: 2))
        #expect(run.outcomes == expected)
        #expect(run.summary.records == expected.count)
        #expect(run.summary.failed == expected.filter { !$0.hasPrefix("ok") }.count)
    }

    @Test("JSONL: html and text lines, malformed and blank lines", arguments: [1, 2])
    func jsonl(threads: Int) throws {
        let directory = try TemporaryDirectory()
        let page = String(decoding: W.page(1, padding: 4), as: UTF8.self)
        let html = try JSONSerialization.data(withJSONObject: ["url": "http://example.test/1", "html": page])
        let lines = [
            String(decoding: html, as: UTF8.self),
            #"{"url": "http://example.test/2", "text": "A scraped text."}"#,
            "",
            "not json at all",
            #"{"html": ""}"#,
            String(decoding: html, as: UTF8.self),
        ]
        let path = try directory.write("pages.jsonl", Array(lines.joined(separator: "\n").utf8))
        let run = try BatchHarness.run(paths: [path], options: BatchHarness.options(threads: threads))
        #expect(run.outcomes == [
            "ok line 1", "ok line 2", "jsonl.malformed line 4", "record.empty line 5", "ok line 6",
        ])
        #expect(run.summary.skipped == ["blank-line": 1])
        #expect(run.lines[0].object["url"] as? String == "http://example.test/1")
    }

    @Test("several inputs, one that cannot be opened: numbered across the run")
    func severalInputs() throws {
        let directory = try TemporaryDirectory()
        let page = try directory.write("a/page.html", W.page(1))
        let text = try directory.write("a/notes.txt", Array("Plain notes.".utf8))
        let warc = try directory.write("b/crawl.warc.gz", W.gzipPerRecord([W.response(1), W.response(2)]))
        var sources = try InputSource.discover([directory.path + "/a", warc]).sources
        sources.insert(InputSource(path: directory.path + "/gone.html", format: .html, byteCount: 10), at: 1)
        let run = try BatchHarness.run(sources, options: BatchHarness.options(threads: 2))

        #expect(run.outcomes == ["ok file", "io.open_failed file", "ok file", "ok 01", "ok 02"])
        #expect(run.lines.map { $0.source["path"] as? String } == [text, directory.path + "/gone.html", page, warc, warc])
        #expect(run.summary.inputs == 4)
        #expect(run.summary.failures == ["io.open_failed": 1])
    }

    @Test("progress ends at the whole input, records passed over at its end included")
    func progress() throws {
        let directory = try TemporaryDirectory()
        let bytes = W.gzipPerRecord((1...6).map { W.response($0) } + [W.request(7)])
        let path = try directory.write("crawl.warc.gz", bytes)
        let run = try BatchHarness.run(paths: [path], options: BatchHarness.options(threads: 2))
        let last = try #require(run.progress.last)
        #expect(last.records == 6)
        #expect(last.bytesDone == Int64(bytes.count))
        #expect(last.totalBytes == Int64(bytes.count))
        #expect(last.fractionDone == 1)
        #expect(run.summary.bytesRead == Int64(bytes.count))
    }
}
