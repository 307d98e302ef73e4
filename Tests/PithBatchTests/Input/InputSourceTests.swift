import Foundation
import Testing
@testable import PithBatch

@Suite("InputSource")
struct InputSourceTests {
    static let html = Array("<!doctype html><p>page</p>".utf8)
    static let warc = WARCBuilder.response(1)

    @Test("formats from file names", arguments: [
        ("a.html", InputFormat.html), ("a.HTM", .html), ("a.html.gz", .html), ("a.warc", .warc),
        ("a.warc.gz", .warc), ("a.jsonl", .jsonl), ("a.jsonl.gz", .jsonl), ("a.ndjson", .jsonl), ("a.txt", .text),
        ("a.txt.gz", .text),
    ])
    func formatFromName(name: String, format: InputFormat) {
        #expect(InputFormat(fileName: name) == format)
    }

    @Test("names that tell nothing", arguments: ["a", "a.gz", "a.json", "a.warc.bz2", "warc", "html"])
    func unknownNames(name: String) {
        #expect(InputFormat(fileName: name) == nil)
    }

    @Test("formats from first bytes", arguments: [
        ("WARC/1.0\r\n", InputFormat?.some(.warc)), ("WARC/1.1\r\n", .warc), ("<html>", .html),
        ("\u{FEFF}  \n<!DOCTYPE html>", .html), ("{\"html\": 1}", nil), ("plain words", nil), ("", nil), ("WARC/0.9", nil),
    ])
    func sniffing(prefix: String, format: InputFormat?) {
        #expect(InputFormat(sniffing: Array(prefix.utf8)) == format)
    }

    @Test("JSONL is sniffed only where allowed (standard input)")
    func sniffJSONL() {
        #expect(InputFormat(sniffing: Array("{\"html\": 1}".utf8), allowingJSONL: true) == .jsonl)
    }

    @Test("directories are walked in sorted order, hidden entries skipped, unknown files ignored")
    func discoverDirectory() throws {
        let folder = try TemporaryDirectory()
        try folder.write("b/page.html", Self.html)
        try folder.write("b/sub/crawl.warc.gz", Deflate.compress(Self.warc))
        try folder.write("a/lines.jsonl", Array("{\"html\": \"x\"}\n".utf8))
        try folder.write("a/notes.txt", Array("text".utf8))
        try folder.write("a/mystery", Self.warc)
        try folder.write("a/mystery-html.gz", Deflate.compress(Self.html))
        try folder.write("a/readme.md", Array("# not an input".utf8))
        try folder.write(".hidden/x.html", Self.html)
        try folder.write("b/.x.html", Self.html)
        let discovery = try InputSource.discover([folder.path])
        let relative = discovery.sources.map { String($0.path.dropFirst(folder.path.count + 1)) }
        #expect(relative == ["a/lines.jsonl", "a/mystery", "a/mystery-html.gz", "a/notes.txt", "b/page.html", "b/sub/crawl.warc.gz"])
        #expect(discovery.sources.map(\.format) == [.jsonl, .warc, .html, .text, .html, .warc])
        #expect(discovery.ignored.map { String($0.dropFirst(folder.path.count + 1)) } == ["a/readme.md"])
        #expect(discovery.sources[0].byteCount == 14)
        #expect(discovery.knownByteCount == discovery.sources.reduce(0) { $0 + ($1.byteCount ?? 0) })
        #expect(!discovery.hasUnknownSizes)
    }

    @Test("a glob selects files inside directories; named files and - are always taken")
    func discoverWithGlob() throws {
        let folder = try TemporaryDirectory()
        try folder.write("x/1.warc.gz", Deflate.compress(Self.warc))
        try folder.write("x/2.warc", Self.warc)
        try folder.write("x/deep/3.warc.gz", Deflate.compress(Self.warc))
        let named = try folder.write("named.html", Self.html)
        let discovery = try InputSource.discover([named, folder.path + "/x/", "-"], matching: "*.warc.gz")
        #expect(discovery.sources.map(\.path) == [named, folder.path + "/x/1.warc.gz", folder.path + "/x/deep/3.warc.gz", "-"])
        #expect(discovery.sources.last == .standardInput())
        #expect(discovery.hasUnknownSizes)
    }

    @Test("a missing path is io.open_failed; an unknown named file is input.unsupported")
    func discoveryErrors() throws {
        let folder = try TemporaryDirectory()
        #expect { try InputSource.discover([folder.path + "/missing.warc"]) } throws: {
            ($0 as? InputError)?.code == .ioOpenFailed
        }
        let unknown = try folder.write("data.bin", [0x00, 0x01, 0x02])
        #expect { try InputSource.discover([unknown]) } throws: { ($0 as? InputError)?.code == .inputUnsupported }
    }

    @Test("makeReader picks the reader for each format")
    func makeReader() throws {
        let folder = try TemporaryDirectory()
        let paths = [
            try folder.write("p.html.gz", Deflate.compress(Self.html)),
            try folder.write("t.txt", Array("plain text".utf8)),
            try folder.write("w.warc.gz", WARCBuilder.gzipPerRecord([WARCBuilder.request(2), Self.warc])),
            try folder.write("l.jsonl", Array("{\"text\": \"line\"}\n".utf8)),
            try folder.write("sniffed", Self.warc),
        ]
        let sources = try InputSource.discover(paths).sources
        var kinds: [String] = []
        for source in sources {
            var reader = try source.makeReader()
            while let result = reader.next() {
                let record = try result.get()
                kinds.append("\(record.kind.rawValue) \(Drain.tag(record.source))")
            }
        }
        #expect(kinds == ["html file", "text file", "html 01", "text line 1", "html 01"])
    }

    @Test("standard input is sniffed without losing its first bytes", arguments: [
        ("{\"html\": \"a\"}\n{\"text\": \"b\"}\n", ["ok line 1", "ok line 2"]),
        (String(decoding: WARCBuilder.request(2) + WARCBuilder.response(3), as: UTF8.self), ["ok 03"]),
        ("<!doctype html><p>piped</p>", ["ok file"]),
    ])
    func standardInput(text: String, expected: [String]) throws {
        for bytes in [Array(text.utf8), Deflate.compress(Array(text.utf8))] {
            let reader = try InputSource.standardInput().makeReader(from: try pipeSource(bytes), limits: InputLimits())
            #expect(Drain.outcomes(Drain.all(reader)) == expected)
        }
        #expect {
            try InputSource.standardInput().makeReader(from: try pipeSource(Array("plain words".utf8)), limits: InputLimits())
        } throws: { ($0 as? InputError)?.code == .inputUnsupported }
    }

    @Test("a source of unknown format is sniffed when opened")
    func unknownFormatIsSniffed() throws {
        let folder = try TemporaryDirectory()
        let path = try folder.write("x", Deflate.compress(Self.warc))
        var reader = try InputSource(path: path, format: nil, byteCount: nil).makeReader()
        #expect(try reader.next()?.get().url == "http://example.test/1")
        let junk = try folder.write("y", [1, 2, 3])
        #expect { try InputSource(path: junk, format: nil, byteCount: nil).makeReader() } throws: {
            ($0 as? InputError)?.code == .inputUnsupported
        }
    }
}

@Suite("DocumentReader")
struct DocumentReaderTests {
    @Test("a whole file, plain or gzipped (several members joined)")
    func wholeFile() throws {
        let page = Array("<p>whole</p>".utf8)
        for bytes in [page, Deflate.compress(page), Deflate.compress(Array(page[..<4])) + Deflate.compress(Array(page[4...]))] {
            let reader = DocumentReader(source: ByteSource(bytes: bytes, name: "p.html"), kind: .html)
            let results = Drain.all(reader)
            #expect(results.count == 1)
            #expect(try results[0].get() == InputRecord(source: RecordSource(path: "p.html", location: .wholeFile), kind: .html, bytes: page))
        }
    }

    @Test("limits and faults", arguments: [("big", "record.too_large"), ("big.gz", "record.too_large"), ("cut.gz", "gzip.truncated")])
    func faults(kind: String, code: String) throws {
        var limits = InputLimits()
        limits.maxRecordBytes = 100
        let page = Array(String(repeating: "<p>x</p>", count: 50).utf8)
        let bytes: [UInt8] = switch kind {
        case "big": page
        case "big.gz": Deflate.compress(page)
        default: Array(Deflate.compress(Array(page[..<80])).dropLast(3))
        }
        let results = Drain.all(DocumentReader(source: ByteSource(bytes: bytes), kind: .html, limits: limits))
        #expect(Drain.outcomes(results) == ["\(code) file"])
    }

    @Test("a file exactly at the limit is read")
    func atLimit() throws {
        var limits = InputLimits()
        limits.maxRecordBytes = 100
        let page = [UInt8](repeating: 0x61, count: 100)
        for bytes in [page, Deflate.compress(page)] {
            let results = Drain.all(DocumentReader(source: ByteSource(bytes: bytes), kind: .text, limits: limits))
            #expect(try results.map { try $0.get().bytes } == [page])
        }
    }
}
