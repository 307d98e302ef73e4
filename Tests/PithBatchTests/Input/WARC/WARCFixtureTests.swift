import Foundation
import Testing
@testable import PithBatch

/// WARCs written by an independent writer (Python's `warcio`, see Scripts/make-warc-fixtures.py).
@Suite("WARC fixtures written by warcio")
struct WARCFixtureTests {
    static let allRecords = [
        "warcinfo 01", "request 02", "response 03", "metadata 04", "request 05", "response 06",
        "response 07", "response 08", "response 09", "resource 10", "revisit 11",
    ]

    static func page(_ result: Result<InputRecord, RecordFailure>) throws -> String {
        String(decoding: try result.get().bytes, as: UTF8.self)
    }

    @Test("every record, in order", arguments: ["mixed.warc.gz", "mixed.warc"])
    func allRecords(name: String) throws {
        let reader = try WARCReader(path: Fixtures.warc(name))
        #expect(Drain.rawOutcomes(reader) == Self.allRecords)
    }

    @Test("documents, charsets and decoding", arguments: ["mixed.warc.gz", "mixed.warc"])
    func documents(name: String) throws {
        let reader = try WARCReader(path: Fixtures.warc(name))
        let results = Drain.all(reader)
        #expect(Drain.outcomes(results) == ["ok 03", "ok 06", "ok 07", "ok 09"])
        #expect(reader.skipped == [
            "warcinfo": 1, "request": 2, "metadata": 1, "resource": 1, "revisit": 1, "response/non-html": 1,
        ])
        guard results.count == 4 else { return }

        let plain = try results[0].get()
        #expect(plain.url == "http://example.test/plain")
        #expect(plain.charset == "utf-8")
        #expect(plain.httpStatus == 200)
        #expect(try Self.page(results[0]).contains("The harbour ferry now leaves at seven"))

        let cyrillic = try results[1].get()
        #expect(cyrillic.charset == "windows-1251")
        // "Новости" in windows-1251: the bytes are handed out as stored, not transcoded.
        let encoded: [UInt8] = [0xCD, 0xEE, 0xE2, 0xEE, 0xF1, 0xF2, 0xE8]
        #expect(cyrillic.bytes.firstRange(of: encoded) != nil)

        let chunked = try Self.page(results[2])
        #expect(chunked.hasPrefix("<!DOCTYPE html>"))
        #expect(chunked.hasSuffix("</html>\n"))
        #expect(chunked.contains("sent in three chunks"))
        #expect(try results[2].get().charset == nil)

        let gzipped = try Self.page(results[3])
        #expect(gzipped.hasPrefix("<!DOCTYPE html>"))
        #expect(gzipped.contains("stored gzip-compressed"))
    }

    @Test("WARC/1.1")
    func version11() throws {
        let raw = try WARCReader(path: Fixtures.warc("v11.warc.gz"))
        var versions: [String] = []
        while let result = raw.nextRecord() { versions.append(try result.get().version) }
        #expect(versions == ["1.1", "1.1", "1.1"])

        let reader = try WARCReader(path: Fixtures.warc("v11.warc.gz"))
        let results = Drain.all(reader)
        #expect(Drain.outcomes(results) == ["ok 22", "ok 23"])
        #expect(try results[0].get().charset == "iso-8859-1")
        #expect(try results[1].get().httpStatus == 404)
    }

    @Test("a warcio member cut in half: the other records all come out", arguments: 0..<11)
    func truncatedFixtureMember(index: Int) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Fixtures.warc("mixed.warc.gz"))))
        let offsets = try Self.memberOffsets(bytes) + [Int64(bytes.count)]
        let start = Int(offsets[index])
        let end = Int(offsets[index + 1])
        let damaged = Array(bytes[..<(start + (end - start) / 2)] + bytes[end...])

        let reader = try Drain.warc(damaged)
        let outcomes = Drain.rawOutcomes(reader)
        var expected = Self.allRecords
        let number = expected[index].suffix(2)
        #expect(outcomes.count == expected.count)
        #expect(outcomes[index].hasPrefix("gzip.") || outcomes[index].hasPrefix("warc."))
        // The identity is known when the cut left the whole header readable.
        #expect(outcomes[index].hasSuffix(" \(number)") || outcomes[index].hasSuffix(" -"))
        expected.remove(at: index)
        var rest = outcomes
        if rest.count > index { rest.remove(at: index) }
        #expect(rest == expected)
    }

    /// Where each gzip member of a file starts.
    static func memberOffsets(_ bytes: [UInt8]) throws -> [Int64] {
        let reader = GzipReader(source: ByteSource(bytes: bytes))
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 1)
        defer { chunk.deallocate() }
        var offsets: [Int64] = []
        repeat {
            offsets.append(reader.memberOffset)
            while try reader.read(into: chunk) > 0 {}
        } while try reader.nextMember()
        return offsets
    }
}
