import PithHTML
import Testing

@Suite("Encoding sniffing")
struct EncodingSnifferTests {
    static func sniff(_ bytes: [UInt8], transport: String? = nil) -> EncodingDetection {
        bytes.withUnsafeBytes { EncodingSniffer.sniff($0, transportCharset: transport, defaultEncoding: .windows1252) }
    }

    static func sniff(_ text: String, transport: String? = nil) -> EncodingDetection {
        sniff(Array(text.utf8), transport: transport)
    }

    @Test("byte order marks win over everything")
    func byteOrderMarks() {
        let meta = Array("<meta charset=iso-8859-2>".utf8)
        #expect(Self.sniff([0xEF, 0xBB, 0xBF] + meta, transport: "text/html; charset=shift_jis")
            == EncodingDetection(encoding: .utf8, source: .byteOrderMark))
        #expect(Self.sniff([0xFE, 0xFF, 0x00, 0x3C]).encoding == .utf16BE)
        #expect(Self.sniff([0xFF, 0xFE, 0x3C, 0x00]).encoding == .utf16LE)
        #expect(Self.sniff([0xFF, 0xFE]).source == .byteOrderMark)
        // Not BOMs: a partial UTF-8 BOM, and UTF-32LE's is read as UTF-16LE's as the standard says.
        #expect(Self.sniff([0xEF, 0xBB]).source == .defaultFallback)
        #expect(Self.sniff([0xFF, 0xFE, 0x00, 0x00]).encoding == .utf16LE)
        #expect([UInt8]([0xEF, 0xBB, 0xBF]).withUnsafeBytes(EncodingSniffer.byteOrderMark) == .utf8)
        #expect([UInt8]([0xFE]).withUnsafeBytes(EncodingSniffer.byteOrderMark) == nil)
    }

    @Test("a transport charset wins over meta")
    func transportWins() {
        let page = "<meta charset=iso-8859-2><p>x"
        #expect(Self.sniff(page, transport: "Shift_JIS") == EncodingDetection(encoding: .shiftJIS, source: .transportLayer))
        #expect(Self.sniff(page, transport: "text/html; charset=EUC-KR").encoding == .eucKR)
        #expect(Self.sniff(page, transport: "text/html;charset=\"windows-1251\"").encoding == .windows1251)
        #expect(Self.sniff(page, transport: "text/html; foo=bar; CHARSET = koi8-r").encoding == .iso8859_2)
        #expect(Self.sniff(page, transport: "text/html; foo=bar; CHARSET=koi8-r ; x=y").encoding == .koi8R)
        #expect(Self.sniff(page, transport: "text/html; charset=\"ut\\f-8\"; charset=big5").encoding == .utf8)
        // An unknown or absent charset falls through to the prescan.
        #expect(Self.sniff(page, transport: "text/html").source == .metaPrescan)
        #expect(Self.sniff(page, transport: "text/html; charset=klingon").encoding == .iso8859_2)
        #expect(Self.sniff(page, transport: "").encoding == .iso8859_2)
        #expect(Self.sniff(page, transport: "x-user-defined").encoding == .xUserDefined)
    }

    @Test("meta prescan", arguments: [
        ("<meta charset=koi8-r>", "KOI8-R"),
        ("<META CHARSET='KOI8-R'>", "KOI8-R"),
        ("<meta http-equiv=content-type content='text/html; charset=koi8-r'>", "KOI8-R"),
        ("<meta content=\"text/html; charset = 'koi8-r'\" http-equiv=\"Content-Type\">", "KOI8-R"),
        ("<meta content='text/html; charset=koi8-r'>", "windows-1252"),  // no pragma
        ("<meta http-equiv=content-type content='charset=\"koi8-r'>", "windows-1252"),  // unmatched quote
        ("<meta charset=bogus><meta charset=koi8-r>", "KOI8-R"),
        ("<meta charset=koi8-r charset=big5>", "KOI8-R"),
        ("<meta http-equiv=content-type content='charset=big5' charset=koi8-r>", "KOI8-R"),
        ("<meta charset=utf-16be>", "UTF-8"),
        ("<meta charset=x-user-defined>", "windows-1252"),
        ("<meta charset=iso-2022-kr>", "replacement"),
        ("<!-- <meta charset=koi8-r> --><meta charset=big5>", "Big5"),
        ("<!--><meta charset=koi8-r>", "KOI8-R"),
        ("<title a='<meta charset=koi8-r>'></title><meta charset=big5>", "Big5"),
        // "<?" skips to the first ">", the one closing the quoted meta, which is then never seen.
        ("<?php echo '<meta charset=koi8-r>' ?><meta charset=big5>", "Big5"),
        ("<?xml version='1.0' encoding='koi8-r'?><html>", "KOI8-R"),
        ("<?xml version='1.0' encoding='utf-16'?>", "UTF-8"),
        ("<?xml version='1.0' encoding='koi8 r'?>", "windows-1252"),
    ])
    func metaPrescan(_ page: String, _ expected: String) {
        #expect(Self.sniff(page).encoding.name == expected)
    }

    @Test("UTF-16 XML declarations are recognised without a BOM")
    func utf16XMLDeclarations() {
        let little: [UInt8] = Array("<?xml".utf8).flatMap { [$0, 0] }
        let big: [UInt8] = Array("<?xml".utf8).flatMap { [0, $0] }
        #expect(Self.sniff(little).encoding == .utf16LE)
        #expect(Self.sniff(big).encoding == .utf16BE)
    }

    @Test("only the first 1,024 bytes are prescanned; a later meta is found by the late pass")
    func lateMeta() {
        let padding = "<!--" + String(repeating: "x", count: 2000) + "-->"
        let detection = Self.sniff(padding + "<meta charset=koi8-r>")
        #expect(detection == EncodingDetection(encoding: .koi8R, source: .lateMeta))
        #expect(!detection.isCertain)
        let straddling = String(repeating: " ", count: 1010) + "<meta charset=koi8-r>"
        #expect(Self.sniff(straddling) == EncodingDetection(encoding: .koi8R, source: .lateMeta))
        let early = Self.sniff("<meta charset=koi8-r>" + padding)
        #expect(early == EncodingDetection(encoding: .koi8R, source: .metaPrescan))
    }

    @Test("the prescan survives every truncation of a declaration")
    func truncations() {
        let page = Array("<!DOCTYPE html><!-- c --><html lang=en><meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>".utf8)
        for length in 0...page.count {
            let detection = Self.sniff(Array(page[0..<length]))
            #expect(detection.encoding == (length == page.count ? .koi8R : .windows1252), "length \(length)")
        }
    }
}
