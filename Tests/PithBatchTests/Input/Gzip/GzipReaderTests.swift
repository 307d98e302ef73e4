import Foundation
import PithTestSupport
import Testing
@testable import PithBatch

@Suite("GzipReader")
struct GzipReaderTests {
    /// Reads every member; returns each member's offset and content, or the fault in its place.
    static func members(of reader: GzipReader) -> [(offset: Int64, content: Result<[UInt8], InputError>)] {
        var members: [(Int64, Result<[UInt8], InputError>)] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 100, alignment: 1)
        defer { chunk.deallocate() }
        repeat {
            var content: [UInt8] = []
            do {
                while true {
                    let count = try reader.read(into: chunk)
                    if count == 0 { break }
                    content.append(contentsOf: chunk[..<count])
                }
                if content.isEmpty, (try? reader.nextMember()) != true {
                    // A clean end of input leaves no member behind.
                    return members
                }
                members.append((reader.memberOffset, .success(content)))
                if members.count > 1000 { return members }
                continue
            } catch {
                members.append((reader.memberOffset, .failure(error)))
            }
        } while (try? reader.nextMember()) == true
        return members
    }

    /// Member texts, or `!code` for a failed member.
    static func summary(_ reader: GzipReader) -> [String] {
        members(of: reader).map {
            switch $0.content {
            case .success(let bytes): String(decoding: bytes, as: UTF8.self)
            case .failure(let error): "!" + error.code.rawValue
            }
        }
    }

    static let texts = ["first member", "second member, a little longer", "third", "fourth and last"]

    @Test("one member decompresses, whatever the read chunk size", arguments: [64, 100, 65536])
    func singleMember(chunkBytes: Int) throws {
        let text = String(repeating: "Pith reads gzip in chunks. ", count: 500)
        let reader = GzipReader(
            source: ByteSource(bytes: Deflate.compress(Array(text.utf8))), chunkBytes: chunkBytes)
        var output: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 333, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = try reader.read(into: chunk)
            if count == 0 { break }
            output.append(contentsOf: chunk[..<count])
        }
        #expect(String(decoding: output, as: UTF8.self) == text)
        #expect(try !reader.nextMember())
    }

    @Test("members come out one at a time with their offsets")
    func memberBoundaries() throws {
        let members = WARCBuilder.members(Self.texts.map { Array($0.utf8) })
        let reader = GzipReader(source: ByteSource(bytes: members.flatMap { $0 }), chunkBytes: 64)
        let read = Self.members(of: reader)
        #expect(read.map { try? $0.content.get() }.map { $0.map { String(decoding: $0, as: UTF8.self) } } == Self.texts)
        var expectedOffsets: [Int64] = []
        var offset: Int64 = 0
        for member in members {
            expectedOffsets.append(offset)
            offset += Int64(member.count)
        }
        #expect(read.map(\.offset) == expectedOffsets)
    }

    @Test("a member cut short in the middle of the file costs only itself", arguments: [Int32(0), 6])
    func truncatedMiddleMember(level: Int32) throws {
        // Level 0 stores the data: inflate then copies the next member's bytes as if they were
        // the rest of the cut one, and only going back finds that member again.
        let texts = Self.texts.map { String(repeating: $0 + " ", count: 40) }
        var members = WARCBuilder.members(texts.map { Array($0.utf8) }, level: level)
        members[1].removeLast(members[1].count / 2)
        let reader = GzipReader(source: ByteSource(bytes: members.flatMap { $0 }), chunkBytes: 128)
        let summary = Self.summary(reader)
        #expect(summary.count == 4)
        #expect(summary[0] == texts[0])
        #expect(summary[1].hasPrefix("!gzip."))
        #expect(Array(summary[2...]) == Array(texts[2...]))
    }

    @Test("a cut member is found again from a pipe, which cannot seek")
    func truncatedMiddleMemberFromPipe() throws {
        var members = WARCBuilder.members(Self.texts.map { Array($0.utf8) }, level: 0)
        members[1].removeLast(4)
        let reader = GzipReader(source: try pipeSource(members.flatMap { $0 }))
        #expect(Self.summary(reader) == [Self.texts[0], "!gzip.corrupt", Self.texts[2], Self.texts[3]])
    }

    @Test("a truncated last member is gzip.truncated")
    func truncatedLastMember() throws {
        var bytes = WARCBuilder.gzipPerRecord(Self.texts.prefix(2).map { Array($0.utf8) })
        bytes.removeLast(5)
        let reader = GzipReader(source: ByteSource(bytes: bytes))
        #expect(Self.summary(reader) == [Self.texts[0], "!gzip.truncated"])
    }

    @Test("junk between members is one fault; the next member is found")
    func junkBetweenMembers() throws {
        let members = WARCBuilder.members(Self.texts.map { Array($0.utf8) })
        let bytes = members[0] + WARCBuilder.junk + members[1] + members[2] + members[3]
        let reader = GzipReader(source: ByteSource(bytes: bytes))
        #expect(Self.summary(reader) == [Self.texts[0], "!gzip.corrupt"] + Self.texts[1...])
    }

    @Test("a flipped byte is a checksum or data fault; the members after it are read")
    func corruptMember() throws {
        let text = String(repeating: "checksum ", count: 50)
        var members = WARCBuilder.members([Array(text.utf8), Array("after".utf8)])
        members[0][members[0].count / 2] ^= 0x55
        let reader = GzipReader(source: ByteSource(bytes: members.flatMap { $0 }))
        #expect(Self.summary(reader) == ["!gzip.corrupt", "after"])
    }

    @Test("an empty source has no member")
    func emptySource() throws {
        let reader = GzipReader(source: ByteSource(bytes: []))
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 16, alignment: 1)
        defer { chunk.deallocate() }
        #expect(try reader.read(into: chunk) == 0)
        #expect(try !reader.nextMember())
    }

    @Test("nextMember in the middle of a member skips the rest of it")
    func skipRestOfMember() throws {
        let members = WARCBuilder.members(Self.texts.map { Array(String(repeating: $0, count: 30).utf8) })
        let reader = GzipReader(source: ByteSource(bytes: members.flatMap { $0 }), chunkBytes: 64)
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 10, alignment: 1)
        defer { chunk.deallocate() }
        #expect(try reader.read(into: chunk) == 10)
        #expect(try reader.nextMember())
        #expect(reader.memberOffset == Int64(members[0].count))
        #expect(try reader.read(into: chunk) == 10)
        #expect(String(decoding: chunk, as: UTF8.self) == String(Self.texts[1].prefix(10)))
    }

    // MARK: decompressAll

    @Test("decompressAll joins members, as gzip -d does")
    func decompressAllJoinsMembers() throws {
        let bytes = WARCBuilder.gzipPerRecord(Self.texts.map { Array($0.utf8) })
        #expect(try GzipReader.decompressAll(bytes) == Array(Self.texts.joined().utf8))
    }

    @Test("decompressAll accepts a zlib stream")
    func decompressAllZlib() throws {
        let bytes = Deflate.compress(Array("zlib, not gzip".utf8), format: .zlib)
        #expect(try GzipReader.decompressAll(bytes) == Array("zlib, not gzip".utf8))
    }

    @Test("decompressAll faults", arguments: [
        ("empty", "gzip.truncated"), ("cut", "gzip.truncated"), ("junk", "gzip.corrupt"),
        ("trailing junk", "gzip.corrupt"), ("too large", "record.too_large"),
    ])
    func decompressAllFaults(kind: String, code: String) throws {
        let whole = Deflate.compress(Array(String(repeating: "a large document ", count: 200).utf8))
        let input: [UInt8]
        var limit = 1 << 20
        switch kind {
        case "empty": input = []
        case "cut": input = Array(whole.dropLast(10))
        case "junk": input = WARCBuilder.junk
        case "trailing junk": input = whole + WARCBuilder.junk
        default:
            input = whole
            limit = 1000
        }
        #expect {
            try GzipReader.decompressAll(input, maxOutputBytes: limit)
        } throws: { error in
            (error as? InputError)?.code.rawValue == code
        }
    }

    static let sharedPages = SharedData.files(in: SharedData.path("data/wcxb-dev/html"), suffix: ".html.gz")

    @Test(
        "decompressAll reads the shared development pages",
        .enabled(if: !sharedPages.isEmpty, "../shared/data/wcxb-dev/html (or $PITH_SHARED) is not there"))
    func decompressSharedPages() throws {
        let files = Self.sharedPages.prefix(5)
        for file in files {
            let page = try GzipReader.decompressAll(Array(Data(contentsOf: file)))
            #expect(page.count > 100)
            #expect(String(decoding: page.prefix(4096), as: UTF8.self).lowercased().contains("<html"))
        }
    }
}
