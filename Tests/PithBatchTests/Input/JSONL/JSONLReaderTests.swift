import Testing
@testable import PithBatch

@Suite("JSONLReader")
struct JSONLReaderTests {
    static func reader(_ text: String, limits: InputLimits = InputLimits(), gzip: Bool = false) throws -> JSONLReader {
        let bytes = Array(text.utf8)
        return try JSONLReader(source: ByteSource(bytes: gzip ? Deflate.compress(bytes) : bytes, name: "test.jsonl"), limits: limits)
    }

    static let lines = """
        {"url": "http://example.test/1", "html": "<p>one</p>"}
        {"url": "http://example.test/2", "text": "two"}
        {"html": "<p>three</p>", "extra": [1, {"nested": [true, false, null]}, -2.5e3]}

        """

    @Test("html and text records with their line numbers", arguments: [false, true])
    func records(gzip: Bool) throws {
        let reader = try Self.reader(Self.lines, gzip: gzip)
        let results = Drain.all(reader)
        #expect(Drain.outcomes(results) == ["ok line 1", "ok line 2", "ok line 3"])
        let records = try results.map { try $0.get() }
        #expect(records.map(\.kind) == [.html, .text, .html])
        #expect(records.map(\.url) == ["http://example.test/1", "http://example.test/2", nil])
        #expect(records.map { String(decoding: $0.bytes, as: UTF8.self) } == ["<p>one</p>", "two", "<p>three</p>"])
        #expect(records.allSatisfy { $0.charset == nil && $0.httpStatus == nil })
    }

    @Test("a malformed line in the middle is one failure; the run goes on")
    func malformedLine() throws {
        let text = """
            {"html": "<p>1</p>"}
            {"html": "<p>2</p>",
            {"html": "<p>3</p>"}
            [1, 2]
            {"url": "http://example.test/5"}
            {"html": 6}
            {"html": "<p>7</p>"} trailing
            {"html": "<p>8</p>"}
            """
        let results = Drain.all(try Self.reader(text))
        #expect(Drain.outcomes(results) == [
            "ok line 1", "jsonl.malformed line 2", "ok line 3", "jsonl.malformed line 4", "jsonl.malformed line 5",
            "jsonl.malformed line 6", "jsonl.malformed line 7", "ok line 8",
        ])
    }

    @Test("an over-long line is one failure, read past to its end", arguments: [false, true])
    func overlongLine(gzip: Bool) throws {
        var limits = InputLimits()
        limits.maxLineBytes = 1000
        limits.chunkBytes = 256
        let long = "{\"html\": \"" + String(repeating: "<p>long</p>", count: 500) + "\"}"
        let text = "{\"html\": \"a\"}\n" + long + "\n{\"html\": \"c\"}\n" + long
        let results = Drain.all(try Self.reader(text, limits: limits, gzip: gzip))
        #expect(Drain.outcomes(results) == ["ok line 1", "record.too_large line 2", "ok line 3", "record.too_large line 4"])
    }

    @Test("a line exactly at the limit is read")
    func lineAtLimit() throws {
        var limits = InputLimits()
        let line = "{\"text\": \"" + String(repeating: "x", count: 100) + "\"}"
        limits.maxLineBytes = line.utf8.count
        limits.chunkBytes = 64
        #expect(Drain.outcomes(Drain.all(try Self.reader(line + "\n" + line, limits: limits))) == ["ok line 1", "ok line 2"])
    }

    @Test("blank lines are counted, CRLF and a byte order mark are ignored, the last line needs no newline")
    func framing() throws {
        let text = "\u{FEFF}{\"html\": \"a\"}\r\n\r\n   \n{\"html\": \"b\"}\r\n{\"text\": \"c\"}"
        let reader = try Self.reader(text)
        let results = Drain.all(reader)
        #expect(Drain.outcomes(results) == ["ok line 1", "ok line 4", "ok line 5"])
        #expect(reader.skipped == ["blank-line": 2])
        #expect(try results.map { String(decoding: try $0.get().bytes, as: UTF8.self) } == ["a", "b", "c"])
    }

    @Test("an empty file has no records")
    func emptyFile() throws {
        #expect(try Self.reader("").next() == nil)
    }

    @Test("html wins over text; null members are absent")
    func memberChoice() throws {
        let text = """
            {"text": "t", "html": "h"}
            {"html": null, "text": "t2", "url": null}
            """
        let records = try Drain.all(try Self.reader(text)).map { try $0.get() }
        #expect(records.map(\.kind) == [.html, .text])
        #expect(records.map { String(decoding: $0.bytes, as: UTF8.self) } == ["h", "t2"])
        #expect(records[1].url == nil)
    }

    @Test("a corrupt gzip member in a JSONL.gz is one failure; later members are read")
    func corruptGzip() throws {
        let first = Deflate.compress(Array("{\"html\": \"1\"}\n{\"html\": \"2\"}\n".utf8))
        var second = Deflate.compress(Array(String(repeating: "{\"html\": \"x\"}\n", count: 50).utf8))
        second[second.count / 2] ^= 0xFF
        second[second.count / 2 + 1] ^= 0xFF
        let third = Deflate.compress(Array("{\"html\": \"3\"}\n".utf8))
        let reader = try JSONLReader(source: ByteSource(bytes: first + second + third, name: "test.jsonl.gz"))
        let outcomes = Drain.outcomes(Drain.all(reader))
        #expect(Array(outcomes.prefix(2)) == ["ok line 1", "ok line 2"])
        #expect(outcomes.contains { $0.hasPrefix("gzip.corrupt") })
        #expect(outcomes.last?.hasPrefix("ok line") == true)
    }

    @Test("reads a file path")
    func fromFile() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("pages.jsonl.gz", Deflate.compress(Array(Self.lines.utf8)))
        let results = Drain.all(try JSONLReader(path: path))
        #expect(results.count == 3)
        #expect(try results[2].get().source == RecordSource(path: path, location: .line(3)))
    }
}
