import Foundation
import Testing
@testable import PithBatch

@Suite("ByteSource")
struct ByteSourceTests {
    static func readAll(_ source: ByteSource, chunk: Int = 7) throws -> [UInt8] {
        var output: [UInt8] = []
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 1)
        defer { buffer.deallocate() }
        while true {
            let count = try source.read(into: buffer)
            if count == 0 { return output }
            output.append(contentsOf: buffer[..<count])
        }
    }

    static let bytes = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    @Test("files, pipes and memory read the same; peek consumes nothing")
    func reads() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("f", Self.bytes)
        for source in [try ByteSource(path: path), try pipeSource(Self.bytes), ByteSource(bytes: Self.bytes)] {
            #expect(try source.peek(upTo: 4) == Array(Self.bytes[..<4]))
            #expect(try source.peek(upTo: 10) == Array(Self.bytes[..<10]))
            #expect(try Self.readAll(source) == Self.bytes)
            #expect(source.offset == Int64(Self.bytes.count))
            #expect(try source.peek(upTo: 4) == [])
        }
    }

    @Test("sizes and seeking")
    func seeking() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("f", Self.bytes)
        for source in [try ByteSource(path: path), ByteSource(bytes: Self.bytes)] {
            #expect(source.size == Int64(Self.bytes.count))
            #expect(source.isSeekable)
            _ = try source.peek(upTo: 3)
            try source.seek(to: 30)
            #expect(try Self.readAll(source) == Array(Self.bytes[30...]))
            try source.seek(to: 2)
            #expect(try Self.readAll(source).first == Self.bytes[2])
        }
        let pipe = try pipeSource(Self.bytes)
        #expect(!pipe.isSeekable)
        #expect(pipe.size == nil)
    }

    @Test("open failures are io.open_failed")
    func openFailures() throws {
        let folder = try TemporaryDirectory()
        for path in [folder.path + "/missing", folder.path] {
            #expect { try ByteSource(path: path) } throws: { ($0 as? InputError)?.code == .ioOpenFailed }
        }
    }
}

@Suite("ByteCursor")
struct ByteCursorTests {
    static func cursor(_ text: String, chunk: Int = 64, gzip: Bool = false, crossesMembers: Bool = false) throws -> ByteCursor {
        let bytes = Array(text.utf8)
        return try ByteCursor(
            source: ByteSource(bytes: gzip ? Deflate.compress(bytes) : bytes), chunkBytes: chunk, crossesMembers: crossesMembers)
    }

    @Test("lines across chunk boundaries, with limits", arguments: [false, true])
    func lines(gzip: Bool) throws {
        let long = String(repeating: "x", count: 150)
        let cursor = try Self.cursor("a\n\(long)\nb\(long)c\nlast", gzip: gzip)
        var line: [UInt8] = []
        #expect(try cursor.readLine(into: &line, limit: 200) == .newline)
        #expect(line == Array("a".utf8))
        line.removeAll()
        #expect(try cursor.readLine(into: &line, limit: 150) == .newline)
        #expect(line.count == 150)
        line.removeAll()
        #expect(try cursor.readLine(into: &line, limit: 150) == .tooLong)
        #expect(try cursor.skipLine())
        line.removeAll()
        #expect(try cursor.readLine(into: &line, limit: 150) == .endOfSegment)
        #expect(line == Array("last".utf8))
    }

    @Test("append, discard, prefixes and offsets")
    func appendAndDiscard() throws {
        let cursor = try Self.cursor(String(repeating: "0123456789", count: 30), chunk: 64)
        #expect(try cursor.hasPrefix(Array("0123".utf8)))
        #expect(try cursor.discard(upTo: 95) == 95)
        #expect(cursor.offset == 95)
        var bytes: [UInt8] = []
        #expect(try cursor.append(upTo: 10, to: &bytes) == 10)
        #expect(bytes == Array("5678901234".utf8))
        #expect(try cursor.skip(to: UInt8(ascii: "9")))
        #expect(cursor.offset == 109)
        #expect(try cursor.discard(upTo: 1000) == 191)
        #expect(try !cursor.fill(atLeast: 1))
    }

    @Test("gzip members are segments, or one stream when crossing")
    func segments() throws {
        let bytes = Deflate.compress(Array("one".utf8)) + Deflate.compress(Array("two".utf8))
        let separate = try ByteCursor(source: ByteSource(bytes: bytes), chunkBytes: 64, crossesMembers: false)
        var line: [UInt8] = []
        #expect(try separate.readLine(into: &line, limit: 100) == .endOfSegment)
        #expect(line == Array("one".utf8))
        #expect(try separate.nextSegment())
        line.removeAll()
        #expect(try separate.readLine(into: &line, limit: 100) == .endOfSegment)
        #expect(line == Array("two".utf8))
        #expect(try !separate.nextSegment())

        let joined = try ByteCursor(source: ByteSource(bytes: bytes), chunkBytes: 64, crossesMembers: true)
        line.removeAll()
        #expect(try joined.readLine(into: &line, limit: 100) == .endOfSegment)
        #expect(line == Array("onetwo".utf8))
    }
}

@Suite("HeaderFields")
struct HeaderFieldsTests {
    static func parse(_ lines: [String]) -> (HeaderFields, [Bool]) {
        var fields = HeaderFields()
        let results = lines.map { line in Array(line.utf8).withUnsafeBytes { fields.appendLine($0) } }
        return (fields, results)
    }

    @Test("names match in any case; values are trimmed; folded lines join")
    func parsing() {
        let (fields, results) = Self.parse(["Content-Type:  text/html ", "X-Folded: a", "\t b", "  c", "Empty:", "x-folded: second"])
        #expect(results == [true, true, true, true, true, true])
        #expect(fields["content-type"] == "text/html")
        #expect(fields["X-FOLDED"] == "a b c")
        #expect(fields.values(named: "x-folded") == ["a b c", "second"])
        #expect(fields["Empty"] == "")
        #expect(fields["missing"] == nil)
        #expect(fields.count == 4)
    }

    @Test("lines that are not fields", arguments: ["no colon", ": no name", " continuation first", ""])
    func rejected(line: String) {
        #expect(Self.parse([line]).1 == [false])
    }
}
