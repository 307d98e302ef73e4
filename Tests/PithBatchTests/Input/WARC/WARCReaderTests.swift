import Testing
@testable import PithBatch

/// Well-formed WARCs built byte by byte, uncompressed and gzipped.
@Suite("WARCReader")
struct WARCReaderTests {
    typealias W = WARCBuilder

    static let warcinfo = W.record(
        type: "warcinfo", number: 1, contentType: "application/warc-fields",
        block: Array("software: test\r\n".utf8))
    static let metadata = W.record(
        type: "metadata", number: 4, uri: "http://example.test/3", contentType: "application/warc-fields",
        block: Array("fetchTimeMs: 5\r\n".utf8))
    static let records = [warcinfo, W.request(2), W.response(3), metadata, W.response(5)]

    enum Layout: String, CaseIterable { case plain, gzipPerRecord, gzipWhole }

    static func bytes(_ records: [[UInt8]], _ layout: Layout) -> [UInt8] {
        switch layout {
        case .plain: records.flatMap { $0 }
        case .gzipPerRecord: W.gzipPerRecord(records)
        case .gzipWhole: Deflate.compress(records.flatMap { $0 })
        }
    }

    @Test("every record comes out of nextRecord, in order", arguments: Layout.allCases)
    func allRecords(layout: Layout) throws {
        let reader = try Drain.warc(Self.bytes(Self.records, layout))
        #expect(Drain.rawOutcomes(reader) == ["warcinfo 01", "request 02", "response 03", "metadata 04", "response 05"])
    }

    @Test("next() yields the HTML responses and counts the rest", arguments: Layout.allCases)
    func documents(layout: Layout) throws {
        let reader = try Drain.warc(Self.bytes(Self.records, layout))
        let results = Drain.all(reader)
        #expect(Drain.outcomes(results) == ["ok 03", "ok 05"])
        #expect(reader.skipped == ["warcinfo": 1, "request": 1, "metadata": 1])
        let record = try #require(try results.first?.get())
        #expect(record.bytes == W.page(3))
        #expect(record.url == "http://example.test/3")
        #expect(record.charset == "utf-8")
        #expect(record.mediaType == "text/html")
        #expect(record.httpStatus == 200)
        #expect(record.kind == .html)
        #expect(reader.bytesRead == Int64(Self.bytes(Self.records, layout).count))
    }

    @Test("record fields and offsets")
    func recordFields() throws {
        let second = W.record(
            type: "Response", number: 7, uri: "<http://example.test/7>", contentType: "application/http; msgtype=response",
            block: W.http(body: W.page(7)), version: "1.1")
        let bytes = Self.warcinfo + second
        let reader = try Drain.warc(bytes)
        _ = reader.nextRecord()
        let record = try #require(try reader.nextRecord()?.get())
        #expect(record.version == "1.1")
        #expect(record.type == .response)
        #expect(record.recordID == W.id(7))
        #expect(record.targetURI == "http://example.test/7")
        #expect(record.date == "2024-03-01T12:00:00Z")
        #expect(record.contentType == "application/http; msgtype=response")
        #expect(record.contentLength == Int64(record.block.count))
        #expect(record.offset == Int64(Self.warcinfo.count))
        #expect(reader.nextRecord() == nil)
    }

    @Test("gzip offsets are member offsets")
    func memberOffsets() throws {
        let members = W.members(Self.records)
        let reader = try Drain.warc(members.flatMap { $0 })
        var offsets: [Int64] = []
        while let result = reader.nextRecord() { offsets.append(try result.get().offset) }
        var expected: [Int64] = []
        var offset: Int64 = 0
        for member in members {
            expected.append(offset)
            offset += Int64(member.count)
        }
        #expect(offsets == expected)
    }

    @Test("blockTypes limits the blocks kept")
    func blockTypes() throws {
        let reader = try Drain.warc(Self.bytes(Self.records, .plain))
        reader.blockTypes = [.request]
        var blocks: [String: Int] = [:]
        while let result = reader.nextRecord() {
            let record = try result.get()
            blocks[record.type.rawValue, default: 0] += record.block.count
        }
        #expect(blocks["request"] ?? 0 > 0)
        #expect(blocks["response"] == 0)
        #expect(blocks["warcinfo"] == 0)
    }

    @Test("LF-only WARC headers and extra blank lines between records are tolerated")
    func sloppyFraming() throws {
        let first = W.record(
            type: "response", number: 3, uri: "http://example.test/3", contentType: "application/http",
            block: W.http(body: W.page(3), lineEnding: "\n"), lineEnding: "\n")
        let bytes = Array("\r\n\r\n".utf8) + first + Array("\r\n\n\n".utf8) + W.response(5)
        let reader = try Drain.warc(bytes)
        #expect(Drain.outcomes(Drain.all(reader)) == ["ok 03", "ok 05"])
    }

    @Test("redirects are passed over and counted, whatever their body; other statuses are documents",
          arguments: [("HTTP/1.1 301 Moved Permanently", true), ("HTTP/1.1 302 Found", true),
                      ("HTTP/1.1 308 Permanent Redirect", true), ("HTTP/1.1 404 Not Found", false),
                      ("HTTP/1.1 200 OK", false)])
    func redirects(status: String, isSkipped: Bool) throws {
        let response = W.record(
            type: "response", number: 2, uri: "http://example.test/2", contentType: "application/http",
            block: W.http(status: status, headers: ["Content-Type: text/html", "Location: /"], body: W.page(2)))
        let reader = try Drain.warc(W.response(1) + response + W.response(3))
        #expect(Drain.outcomes(Drain.all(reader)) == (isSkipped ? ["ok 01", "ok 03"] : ["ok 01", "ok 02", "ok 03"]))
        #expect(reader.skipped == (isSkipped ? ["response/redirect": 1] : [:]))
    }

    @Test("responses that are not HTML or not HTTP are passed over and counted")
    func filtering() throws {
        let image = W.record(
            type: "response", number: 6, uri: "http://example.test/6.png", contentType: "application/http; msgtype=response",
            block: W.http(headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47]))
        let dns = W.record(
            type: "response", number: 7, uri: "dns:example.test", contentType: "text/dns",
            block: Array("20240301120000\nexample.test. 300 IN A 192.0.2.1\n".utf8))
        let untyped = W.record(
            type: "response", number: 8, uri: "http://example.test/8", block: W.http(headers: [], body: W.page(8)))
        let xhtml = W.record(
            type: "response", number: 9, uri: "http://example.test/9", contentType: "application/http",
            block: W.http(headers: ["Content-Type: Application/XHTML+XML"], body: W.page(9)))
        let reader = try Drain.warc(image + dns + untyped + xhtml)
        let results = Drain.all(reader)
        #expect(Drain.outcomes(results) == ["ok 08", "ok 09"])
        #expect(reader.skipped == ["response/non-html": 1, "response/non-http": 1])
        #expect(try results[0].get().mediaType == nil)
        #expect(try results[0].get().charset == nil)
        #expect(try results[1].get().mediaType == "application/xhtml+xml")

        let everything = try Drain.warc(image + dns + untyped + xhtml)
        everything.htmlMediaTypes.insert("image/png")
        #expect(Drain.outcomes(Drain.all(everything)) == ["ok 06", "ok 08", "ok 09"])
    }

    @Test("several records in one gzip member, then one per member")
    func mixedMembers() throws {
        let bytes = Deflate.compress(Self.records[0..<3].flatMap { $0 }) + W.gzipPerRecord(Array(Self.records[3...]))
        let reader = try Drain.warc(bytes)
        #expect(Drain.rawOutcomes(reader) == ["warcinfo 01", "request 02", "response 03", "metadata 04", "response 05"])
    }

    @Test("an empty file has no records", arguments: [[UInt8](), Array("\r\n".utf8)])
    func emptyFile(bytes: [UInt8]) throws {
        let reader = try Drain.warc(bytes)
        #expect(reader.next() == nil)
        #expect(reader.next() == nil)
    }

    @Test("reads from a file path, plain and gzipped")
    func fromFile() throws {
        let folder = try TemporaryDirectory()
        for layout in [Layout.plain, .gzipPerRecord] {
            let path = try folder.write("test-\(layout).warc", Self.bytes(Self.records, layout))
            let reader = try WARCReader(path: path)
            let results = Drain.all(reader)
            #expect(Drain.outcomes(results) == ["ok 03", "ok 05"])
            #expect(try results[0].get().source.path == path)
        }
    }
}
