import Testing
@testable import PithBatch

@Suite("RecordScreen")
struct RecordScreenTests {
    static func record(_ bytes: [UInt8], kind: InputRecord.Kind = .html, charset: String? = nil, status: Int? = nil) -> InputRecord {
        InputRecord(source: RecordSource(path: "test", location: .wholeFile), kind: kind, bytes: bytes, charset: charset, httpStatus: status)
    }

    static func code(_ record: InputRecord) -> String? { RecordScreen.fault(in: record)?.code.rawValue }

    @Test("pages in any ASCII-compatible encoding pass, invalid UTF-8 included")
    func pages() {
        #expect(Self.code(Self.record(WARCBuilder.page(1))) == nil)
        #expect(Self.code(Self.record(Array("<p>caf\u{E9} \u{4E2D}\u{6587}</p>".utf8))) == nil)
        #expect(Self.code(Self.record([0x3C, 0x70, 0x3E, 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0x3C, 0x2F, 0x70, 0x3E])) == nil)
        // ISO-2022-JP: escape sequences are not control bytes here.
        let iso2022 = Array(repeating: [0x1B, 0x24, 0x42, 0x30, 0x21, 0x1B, 0x28, 0x42] as [UInt8], count: 50).flatMap { $0 }
        #expect(Self.code(Self.record(iso2022)) == nil)
    }

    @Test("UTF-16 pages are not binary, with or without a byte order mark")
    func utf16() {
        let text = Array("<html><body><p>Hello, world.</p></body></html>".utf16)
        let littleEndian = text.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = text.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(Self.code(Self.record(littleEndian)) == nil)
        #expect(Self.code(Self.record(bigEndian)) == nil)
        #expect(Self.code(Self.record([0xFF, 0xFE] + littleEndian)) == nil)
    }

    @Test("binary bodies are refused", arguments: [512, 20_000])
    func binary(count: Int) {
        let noise = BatchRunnerAccountingTests.binaryBytes(count)
        #expect(Self.code(Self.record(noise)) == "record.binary")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        #expect(Self.code(Self.record(png + noise)) == "record.binary")
    }

    @Test("a page with a few stray control bytes is still a page")
    func strayControls() {
        var page = WARCBuilder.page(1, padding: 10)
        for offset in stride(from: 100, to: page.count, by: 200) { page[offset] = 0x01 }
        #expect(Self.code(Self.record(page)) == nil)
    }

    @Test("empty and blank documents", arguments: [[], Array(" \r\n\t ".utf8)] as [[UInt8]])
    func empty(bytes: [UInt8]) {
        #expect(Self.code(Self.record(bytes)) == "record.empty")
        #expect(RecordScreen.fault(in: Self.record(bytes, status: 301))?.message.contains("HTTP 301") == true)
    }

    @Test("text records pass the screen: text mode extracts them")
    func text() {
        #expect(Self.code(Self.record(Array("Plain text.".utf8), kind: .text)) == nil)
    }
}
