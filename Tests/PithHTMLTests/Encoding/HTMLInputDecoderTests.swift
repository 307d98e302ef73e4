import PithHTML
import Testing

extension EncodingTests {
    @Suite("HTML input decoding")
    struct HTMLInputDecoderTests {
        static func page(_ body: String, head: String = "") -> String {
            "<!DOCTYPE html>\n<html><head>\(head)<title>Test</title></head>\n<body><p>\(body)</p></body></html>\n"
        }

        // Sample sentences written for these tests.
        static let russian = "Погода в Москве сегодня будет тёплой и солнечной, а вечером ожидается небольшой дождь. Жители города отдыхают в парках и гуляют по набережной реки."
        static let chinese = "今天北京的天气很好，阳光明媚，很多市民来到公园散步。专家表示，这个周末的气温将会继续上升，请大家注意防暑。"
        static let japanese = "今日は東京で桜が満開になりました。多くの人々が公園に集まり、春の訪れを楽しんでいます。天気予報によると、週末も晴れる見込みです。"
        static let korean = "오늘 서울의 날씨는 맑고 따뜻하겠습니다. 많은 시민들이 공원에서 산책을 즐기고 있으며, 주말에도 좋은 날씨가 계속될 전망입니다."
        static let ukrainian = "Київ є столицею України. Сьогодні в місті ясна погода, а ввечері очікується невеликий дощ. Ґанок біля їдальні відремонтували."
        static let traditionalChinese = "今天台北的天氣很好，陽光明媚，很多市民來到公園散步。專家表示，這個週末的氣溫將會繼續上升，請大家注意防暑。"
        static let western = "Le café de la gare était fermé à cause de la grève. Die Straßenbahn fährt über die Brücke. ¿Dónde está la estación? «Ação e coração» — 5 €."

        @Test("undeclared legacy text is recognised and round-trips", arguments: [
            (russian, "CP1251", CharacterEncoding.windows1251),
            (chinese, "GBK", .gbk),
            (japanese, "CP932", .shiftJIS),
            (korean, "CP949", .eucKR),
            (western, "CP1252", .windows1252),
            (russian, "KOI8-R", .koi8U),
            (ukrainian, "KOI8-U", .koi8U),
            (traditionalChinese, "BIG5-HKSCS", .big5),
            (japanese, "EUC-JP", .eucJP),
        ])
        func recognised(_ text: String, _ iconvName: String, _ encoding: CharacterEncoding) {
            let html = Self.page(text)
            let bytes = IconvEncoder.encode(html, as: iconvName)
            let decoded = HTMLInputDecoder.decode(bytes)
            #expect(decoded.detection == EncodingDetection(encoding: encoding, source: .byteStatistics))
            #expect(String(decoding: decoded.utf8, as: UTF8.self) == html)
        }

        @Test("short undeclared legacy text is recognised", arguments: [
            ("Новости дня", "CP1251", CharacterEncoding.windows1251),
            ("新闻中心", "GBK", .gbk),
            ("ニュース一覧", "CP932", .shiftJIS),
            ("오늘의 뉴스", "CP949", .eucKR),
            ("Café", "CP1252", .windows1252),
        ])
        func shortText(_ text: String, _ iconvName: String, _ encoding: CharacterEncoding) {
            let bytes = IconvEncoder.encode(Self.page(text), as: iconvName)
            #expect(HTMLInputDecoder.detect(bytes.withUnsafeBytes { $0 }) == EncodingDetection(encoding: encoding, source: .byteStatistics))
        }

        @Test("valid UTF-8 is detected and copied")
        func validUTF8() {
            let html = Self.page(Self.korean + Self.russian)
            let decoded = HTMLInputDecoder.decode(Array(html.utf8))
            #expect(decoded.detection == EncodingDetection(encoding: .utf8, source: .utf8Validation))
            #expect(decoded.utf8 == Array(html.utf8))
            let ascii = HTMLInputDecoder.decode(Array("<p>plain</p>".utf8))
            #expect(ascii.detection.source == .utf8Validation)
        }

        @Test("UTF-8 cut mid-character at the end is still UTF-8")
        func truncatedUTF8() {
            let bytes = Array(Self.page("日本").utf8) + [0xE8, 0xAA]
            let decoded = HTMLInputDecoder.decode(bytes)
            #expect(decoded.detection.source == .utf8Validation)
            #expect(decoded.utf8 == Array(Self.page("日本").utf8) + [0xEF, 0xBF, 0xBD])
        }

        @Test("UTF-8 with a stray windows-1252 byte is still UTF-8")
        func strayByte() {
            var bytes = Array(Self.page(Self.chinese).utf8)
            bytes.insert(0xE9, at: bytes.count - 20)
            let decoded = HTMLInputDecoder.decode(bytes)
            #expect(decoded.detection == EncodingDetection(encoding: .utf8, source: .byteStatistics))
            #expect(decoded.utf8.count == bytes.count + 2)
        }

        @Test("the byte order mark is removed")
        func byteOrderMark() {
            let decoded = HTMLInputDecoder.decode([0xEF, 0xBB, 0xBF] + Array("<p>é".utf8))
            #expect(decoded.utf8 == Array("<p>é".utf8))
            #expect(decoded.detection.isCertain)
            let utf16 = HTMLInputDecoder.decode([0xFF, 0xFE, 0x3C, 0x00, 0x70, 0x00, 0x3E, 0x00])
            #expect(utf16.utf8 == Array("<p>".utf8))
        }

        @Test("declarations beat statistics; the transport beats the meta")
        func declarations() {
            let html = Self.page(Self.russian, head: "<meta charset=koi8-r>")
            let bytes = IconvEncoder.encode(html, as: "KOI8-R")
            let decoded = HTMLInputDecoder.decode(bytes)
            #expect(decoded.detection == EncodingDetection(encoding: .koi8R, source: .metaPrescan))
            #expect(String(decoding: decoded.utf8, as: UTF8.self) == html)
            let transported = HTMLInputDecoder.decode(bytes, transportCharset: "text/html; charset=windows-1251")
            #expect(transported.detection == EncodingDetection(encoding: .windows1251, source: .transportLayer))
        }

        @Test("valid UTF-8 mislabelled by a meta is UTF-8; a transport label is still obeyed")
        func mislabelledUTF8() {
            let html = Self.page(Self.western, head: "<meta charset=iso-8859-1>")
            let decoded = HTMLInputDecoder.decode(Array(html.utf8))
            #expect(decoded.detection == EncodingDetection(encoding: .utf8, source: .utf8Validation))
            #expect(decoded.utf8 == Array(html.utf8))
            let ascii = HTMLInputDecoder.decode(Array(Self.page("plain", head: "<meta charset=iso-8859-1>").utf8))
            #expect(ascii.detection == EncodingDetection(encoding: .windows1252, source: .metaPrescan))
            let transported = HTMLInputDecoder.decode(Array(html.utf8), transportCharset: "iso-8859-1")
            #expect(transported.detection == EncodingDetection(encoding: .windows1252, source: .transportLayer))
        }

        @Test("a declared UTF-8 document with bad bytes keeps everything around them")
        func declaredUTF8() {
            let bytes = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9] + Array(" ok</p>".utf8)
            let decoded = HTMLInputDecoder.decode(bytes)
            #expect(decoded.detection.source == .metaPrescan)
            #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<meta charset=utf-8><p>caf\u{FFFD} ok</p>")
        }

        @Test("newlines are left for the parser")
        func newlines() {
            let bytes = Array("a\r\nb\rc".utf8) + [0xE9]
            #expect(HTMLInputDecoder.decode(bytes).utf8.prefix(6) == Array("a\r\nb\rc".utf8)[...])
        }

        @Test("any collection of bytes can be decoded")
        func collections() {
            let bytes = Array("<p>é</p>".utf8)
            #expect(HTMLInputDecoder.decode(bytes[1...]).utf8 == Array("p>é</p>".utf8))
            #expect(HTMLInputDecoder.decode(bytes.lazy.map { $0 }).utf8 == bytes)
            #expect(HTMLInputDecoder.decode([UInt8]()).utf8.isEmpty)
        }

        @Test("binary junk is decoded without a crash")
        func junk() {
            var generator = SplitMix64(seed: 7)
            for length in [1, 2, 3, 7, 100, 1023, 1024, 1025, 5000, 70_000] {
                let junk = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                let decoded = HTMLInputDecoder.decode(junk)
                #expect(String(validating: decoded.utf8, as: UTF8.self) != nil)
            }
        }
    }
}
