import Testing
@testable import PithBatch

/// Damaged WARCs: every fault yields exactly one failure with the record's identity, and every
/// record after it still comes out.
@Suite("WARCReader faults")
struct WARCReaderFaultTests {
    typealias W = WARCBuilder

    /// Five response records, numbered 1 to 5, with bodies long enough to compress in blocks.
    static func responses(_ numbers: ClosedRange<Int> = 1...5) -> [[UInt8]] {
        numbers.map { W.response($0, padding: 30) }
    }

    static func outcomes(_ bytes: [UInt8], limits: InputLimits = InputLimits()) throws -> [String] {
        Drain.outcomes(Drain.all(try Drain.warc(bytes, limits: limits)))
    }

    // MARK: gzip

    @Test("a gzip member cut short in the middle of the file", arguments: [Int32(0), 1, 6, 9])
    func truncatedMember(level: Int32) throws {
        var members = W.members(Self.responses(), level: level)
        members[2].removeLast(members[2].count / 2)
        let outcomes = try Self.outcomes(members.flatMap { $0 })
        #expect(outcomes.count == 5)
        #expect(Array(outcomes[0..<2]) == ["ok 01", "ok 02"])
        #expect(outcomes[2].hasPrefix("gzip.") && outcomes[2].hasSuffix(" 03"))
        #expect(Array(outcomes[3...]) == ["ok 04", "ok 05"])
    }

    @Test("a gzip member cut short, read through a pipe")
    func truncatedMemberFromPipe() throws {
        var members = W.members(Self.responses().map { _ in [] } .enumerated().map { W.response($0.offset + 1) })
        members[1].removeLast(members[1].count / 2)
        let reader = try WARCReader(source: try pipeSource(members.flatMap { $0 }), path: "pipe")
        let outcomes = Drain.outcomes(Drain.all(reader))
        #expect(outcomes.count == 5)
        #expect(outcomes[1].hasPrefix("gzip."))
        #expect(outcomes.filter { $0.hasPrefix("ok") } == ["ok 01", "ok 03", "ok 04", "ok 05"])
    }

    @Test("a truncated last member")
    func truncatedLastMember() throws {
        var bytes = W.gzipPerRecord(Self.responses(1...3))
        bytes.removeLast(20)
        let outcomes = try Self.outcomes(bytes)
        #expect(outcomes == ["ok 01", "ok 02", "gzip.truncated 03"])
    }

    @Test("a checksum mismatch fails the record, not its neighbours")
    func checksumMismatch() throws {
        var members = W.members(Self.responses(1...3))
        members[1][members[1].count - 6] ^= 0xFF  // inside the CRC-32
        let outcomes = try Self.outcomes(members.flatMap { $0 })
        #expect(outcomes == ["ok 01", "gzip.corrupt 02", "ok 03"])
    }

    @Test("binary junk between gzip members")
    func junkBetweenMembers() throws {
        let members = W.members(Self.responses(1...3))
        let bytes = members[0] + W.junk + members[1] + members[2]
        let outcomes = try Self.outcomes(bytes)
        #expect(outcomes == ["ok 01", "gzip.corrupt -", "ok 02", "ok 03"])
    }

    @Test("a member holding something other than a WARC record")
    func memberWithoutWARC() throws {
        let members = W.members([W.response(1), Array("<html>not a record</html>".utf8), W.response(3)])
        let outcomes = try Self.outcomes(members.flatMap { $0 })
        #expect(outcomes == ["ok 01", "warc.corrupt_header -", "ok 03"])
    }

    @Test("a Content-Length shorter than the block, inside a gzip member")
    func lengthMismatch() throws {
        let block = W.http(body: W.page(2))
        let short = W.record(
            type: "response", number: 2, uri: "http://example.test/2", contentType: "application/http",
            block: block, contentLength: block.count - 40)
        let bytes = W.gzipPerRecord([W.response(1), short, W.response(3)])
        let outcomes = try Self.outcomes(bytes)
        #expect(outcomes == ["ok 01", "warc.length_mismatch 02", "ok 03"])
    }

    @Test("empty gzip members hold no record and are no fault")
    func emptyMembers() throws {
        let empty = Deflate.compress([])
        let members = W.members(Self.responses(1...2))
        let outcomes = try Self.outcomes(empty + members[0] + empty + empty + members[1] + empty)
        #expect(outcomes == ["ok 01", "ok 02"])
    }

    // MARK: Both layouts

    enum Layout: String, CaseIterable { case plain, gzip }

    static func bytes(_ records: [[UInt8]], _ layout: Layout) -> [UInt8] {
        layout == .plain ? records.flatMap { $0 } : W.gzipPerRecord(records)
    }

    @Test("a corrupt WARC header line", arguments: Layout.allCases)
    func corruptHeader(layout: Layout) throws {
        let bad = Array(String(decoding: W.response(2), as: UTF8.self)
            .replacingOccurrences(of: "WARC-Date: 2024-03-01T12:00:00Z", with: "WARC-Date 2024-03-01").utf8)
        let outcomes = try Self.outcomes(Self.bytes([W.response(1), bad, W.response(3)], layout))
        // The id comes before the bad line but is not trusted from a header that failed.
        #expect(outcomes == ["ok 01", "warc.corrupt_header -", "ok 03"])
    }

    @Test("a missing or invalid Content-Length", arguments: Layout.allCases, ["", "Content-Length: 12x", "Content-Length: -1"])
    func badContentLength(layout: Layout, field: String) throws {
        var text = String(decoding: W.response(2), as: UTF8.self)
        let range = try #require(text.range(of: "Content-Length: [0-9]+\r\n", options: .regularExpression))
        text.replaceSubrange(range, with: field.isEmpty ? "" : field + "\r\n")
        let outcomes = try Self.outcomes(Self.bytes([W.response(1), Array(text.utf8), W.response(3)], layout))
        #expect(outcomes == ["ok 01", "warc.corrupt_header 02", "ok 03"])
    }

    @Test("an unsupported WARC version", arguments: Layout.allCases)
    func unsupportedVersion(layout: Layout) throws {
        let old = W.record(type: "response", number: 2, block: W.http(body: W.page(2)), version: "0.18")
        let outcomes = try Self.outcomes(Self.bytes([W.response(1), old, W.response(3)], layout))
        #expect(outcomes == ["ok 01", "warc.corrupt_header -", "ok 03"])
    }

    @Test("a header block over the limit", arguments: Layout.allCases)
    func headerTooLong(layout: Layout) throws {
        let long = W.record(
            type: "response", number: 2, uri: "http://example.test/2", contentType: "application/http",
            block: W.http(body: W.page(2)), extraFields: ["X-Padding: " + String(repeating: "p", count: 3000)])
        var limits = InputLimits()
        limits.maxHeaderBytes = 1024
        let outcomes = try Self.outcomes(Self.bytes([W.response(1), long, W.response(3)], layout), limits: limits)
        #expect(outcomes == ["ok 01", "warc.corrupt_header -", "ok 03"])
    }

    @Test("a Content-Length that runs past the end of the file, in the middle", arguments: Layout.allCases)
    func contentLengthPastEOFInTheMiddle(layout: Layout) throws {
        let liar = W.response(2, contentLength: 50_000)
        let outcomes = try Self.outcomes(Self.bytes([W.response(1), liar, W.response(3), W.response(4)], layout))
        #expect(outcomes == ["ok 01", "warc.truncated 02", "ok 03", "ok 04"])
    }

    @Test("a Content-Length that runs past the end of the file, at the end", arguments: Layout.allCases)
    func contentLengthPastEOFAtTheEnd(layout: Layout) throws {
        let liar = W.response(3, contentLength: 50_000)
        let outcomes = try Self.outcomes(Self.bytes([W.response(1), W.response(2), liar], layout))
        #expect(outcomes == ["ok 01", "ok 02", "warc.truncated 03"])
    }

    @Test("a plain file cut inside a block, read through a pipe")
    func truncatedPlainFromPipe() throws {
        var bytes = Self.bytes(Self.responses(1...3).map { _ in [] }.enumerated().map { W.response($0.offset + 1) }, .plain)
        bytes.removeLast(100)
        let reader = try WARCReader(source: try pipeSource(bytes), path: "pipe")
        #expect(Drain.outcomes(Drain.all(reader)) == ["ok 01", "ok 02", "warc.truncated 03"])
    }

    @Test("a record over the size limit is read past, not buffered", arguments: Layout.allCases)
    func oversizeRecord(layout: Layout) throws {
        var limits = InputLimits()
        limits.maxRecordBytes = 2_000
        let big = W.response(2, padding: 100)
        #expect(big.count > 5_000)
        let outcomes = try Self.outcomes(Self.bytes([W.response(1), big, W.response(3)], layout), limits: limits)
        #expect(outcomes == ["ok 01", "record.too_large 02", "ok 03"])
    }

    @Test("an oversize record of a skipped type is no fault", arguments: Layout.allCases)
    func oversizeSkippedRecord(layout: Layout) throws {
        var limits = InputLimits()
        limits.maxRecordBytes = 2_000
        let bigMetadata = W.record(
            type: "metadata", number: 2, contentType: "application/warc-fields",
            block: Array(String(repeating: "key: value\r\n", count: 1000).utf8))
        let reader = try Drain.warc(Self.bytes([W.response(1), bigMetadata, W.response(3)], layout), limits: limits)
        #expect(Drain.outcomes(Drain.all(reader)) == ["ok 01", "ok 03"])
        #expect(reader.skipped == ["metadata": 1])
    }

    @Test("a zero-length response record", arguments: Layout.allCases)
    func zeroLengthRecord(layout: Layout) throws {
        let empty = W.record(
            type: "response", number: 2, uri: "http://example.test/2", contentType: "application/http", block: [])
        let emptyRequest = W.record(type: "request", number: 3, contentType: "application/http", block: [])
        let reader = try Drain.warc(Self.bytes([W.response(1), empty, emptyRequest, W.response(4)], layout))
        #expect(Drain.outcomes(Drain.all(reader)) == ["ok 01", "record.empty 02", "ok 04"])
        #expect(reader.skipped == ["request": 1])
    }

    @Test("a response block that is not HTTP")
    func malformedHTTP() throws {
        let bad = W.record(
            type: "response", number: 2, uri: "http://example.test/2", contentType: "application/http",
            block: Array("HTTP/1.1 OK\r\n\r\n<html></html>".utf8))
        let outcomes = try Self.outcomes([W.response(1), bad, W.response(3)].flatMap { $0 })
        #expect(outcomes == ["ok 01", "http.malformed 02", "ok 03"])
    }

    // MARK: Uncompressed framing

    @Test("binary junk between uncompressed records")
    func junkBetweenRecords() throws {
        let bytes = W.response(1) + W.junk + W.response(2) + W.response(3)
        let outcomes = try Self.outcomes(bytes)
        #expect(outcomes == ["ok 01", "warc.junk -", "ok 02", "ok 03"])
    }

    @Test("junk before the first record and at the end")
    func junkAtTheEdges() throws {
        let bytes = W.junk + W.response(1) + W.response(2) + W.junk
        let outcomes = try Self.outcomes(bytes)
        #expect(outcomes == ["warc.junk -", "ok 01", "ok 02", "warc.junk -"])
    }

    @Test("a header that runs into the next record without a blank line")
    func headerWithoutBlankLine() throws {
        let cut = Array("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: \(W.id(2))\r\n".utf8)
        let outcomes = try Self.outcomes(W.response(1) + cut + W.response(3))
        #expect(outcomes == ["ok 01", "warc.corrupt_header -", "ok 03"])
    }

    @Test("a Content-Length too long but inside the file swallows the next record's start; both are reported")
    func contentLengthTooLongInside() throws {
        // The block of record 2 claims 60 bytes more than it has: it ends inside record 3's
        // version line, so record 3 cannot be found; the reader reports junk and goes on at 4.
        let block = W.http(body: W.page(2))
        let liar = W.record(
            type: "response", number: 2, uri: "http://example.test/2", contentType: "application/http",
            block: block, contentLength: block.count + 60)
        let outcomes = try Self.outcomes(W.response(1) + liar + W.response(3) + W.response(4))
        #expect(outcomes.first == "ok 01")
        #expect(outcomes.last == "ok 04")
        #expect(outcomes.contains("warc.junk -"))
    }

    // MARK: Accounting

    @Test("every fault in one file: each record in yields one result out, in order", arguments: Layout.allCases)
    func accounting(layout: Layout) throws {
        var limits = InputLimits()
        limits.maxRecordBytes = 20_000
        let corrupt = Array(String(decoding: W.response(4), as: UTF8.self)
            .replacingOccurrences(of: "WARC-Type: response", with: "WARC-Type response").utf8)
        let empty = W.record(type: "response", number: 6, uri: "http://example.test/6", contentType: "application/http", block: [])
        let records: [[UInt8]] = [
            W.response(1), W.request(2), W.response(3), corrupt, W.response(5, padding: 400), empty,
            W.response(7), W.response(8, contentLength: 15_000),
        ]
        let expected = [
            "ok 01", "ok 03", "warc.corrupt_header -", "record.too_large 05", "record.empty 06", "ok 07",
            "warc.truncated 08",
        ]
        let outcomes = try Self.outcomes(Self.bytes(records, layout), limits: limits)
        #expect(outcomes == expected)
    }
}
