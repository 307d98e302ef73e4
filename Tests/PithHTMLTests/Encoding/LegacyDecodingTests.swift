import PithHTML
import Testing

extension EncodingTests {
    @Suite("Legacy decoding")
    struct LegacyDecodingTests {
        static func decode(_ bytes: [UInt8], as encoding: CharacterEncoding) -> String {
            String(decoding: bytes.withUnsafeBytes { HTMLInputDecoder.decode($0, as: encoding) }, as: UTF8.self)
        }

        @Test("single-byte decoding follows the standard's indexes")
        func singleByte() {
            #expect(Self.decode([0x41, 0x80, 0x81, 0x8D, 0x9F, 0xE9], as: .windows1252) == "A€\u{81}\u{8D}Ÿé")
            #expect(Self.decode([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x98], as: .windows1251) == "Привет\u{98}")
            #expect(Self.decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], as: .koi8R) == "Привет")
            #expect(Self.decode([0xA1, 0xA5], as: .iso8859_3) == "Ħ\u{FFFD}")
            #expect(Self.decode([0x80, 0xFF, 0x41], as: .xUserDefined) == "\u{F780}\u{F7FF}A")
            #expect(Self.decode([0xE0, 0xFA], as: .iso8859_8I) == "את")
            // Letter and combining mark stay two code points (glibc's CP1258 would merge them).
            #expect(Array(Self.decode([0x61, 0xEC], as: .windows1258).unicodeScalars) == ["a", "\u{301}"])
        }

        @Test("the replacement encoding decodes to one U+FFFD")
        func replacement() {
            #expect(Self.decode(Array("<p>안녕".utf8), as: .replacement) == "\u{FFFD}")
            #expect(Self.decode([], as: .replacement) == "")
        }

        @Test("UTF-16: surrogate pairs, unpaired surrogates and an odd final byte")
        func utf16() {
            #expect(Self.decode([0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE], as: .utf16LE) == "A😀")
            #expect(Self.decode([0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00], as: .utf16BE) == "A😀")
            #expect(Self.decode([0x3D, 0xD8, 0x41, 0x00], as: .utf16LE) == "\u{FFFD}A")
            #expect(Self.decode([0x00, 0xDE, 0x41, 0x00, 0x42], as: .utf16LE) == "\u{FFFD}A\u{FFFD}")
            #expect(Self.decode([0xFF, 0xFE, 0x41, 0x00], as: .utf8) == "A")  // the BOM wins
        }

        @Test("multi-byte errors become U+FFFD and decoding carries on")
        func multiByteErrors() {
            #expect(Self.decode([0x41, 0x81, 0x20, 0x42], as: .shiftJIS) == "A\u{FFFD} B")
            #expect(Self.decode([0x82, 0xA0, 0xFF, 0x43, 0x5C, 0x80], as: .shiftJIS) == "あ\u{FFFD}C\\\u{80}")
            #expect(Self.decode([0x80, 0xD6, 0xD0, 0xFF, 0xCE, 0xC4], as: .gbk) == "€中\u{FFFD}文")
            #expect(Self.decode([0xC7, 0xD1, 0xB1], as: .eucKR) == "한\u{FFFD}")
            #expect(Self.decode([0xA4, 0xA4, 0xA4], as: .big5) == "中\u{FFFD}")
            // Big5-HKSCS has two-code-point characters, and Ê may combine with what follows.
            #expect(Self.decode([0x41, 0x88, 0x66], as: .big5) == "AÊ")
            #expect(Self.decode([0x88, 0x62], as: .big5) == "Ê\u{304}")
        }

        @Test("multi-byte encodings round-trip", arguments: [
            (CharacterEncoding.shiftJIS, "CP932", "日本語のテキスト、ｶﾀｶﾅ①と～"),
            (CharacterEncoding.eucJP, "EUC-JP", "日本語のテキスト、カタカナ"),
            (CharacterEncoding.iso2022JP, "ISO-2022-JP", "日本語のテキスト、カタカナ ABC"),
            (CharacterEncoding.gbk, "GBK", "中文文本，简体字"),
            (CharacterEncoding.gb18030, "GB18030", "中文文本😀"),
            (CharacterEncoding.big5, "BIG5-HKSCS", "中文文本，繁體字"),
            (CharacterEncoding.eucKR, "CP949", "한국어 텍스트, 똠방각하"),
        ])
        func roundTrip(_ encoding: CharacterEncoding, _ iconvName: String, _ text: String) {
            let bytes = IconvEncoder.encode(text, as: iconvName)
            #expect(Self.decode(bytes, as: encoding) == text)
        }

        @Test("binary junk decodes to valid UTF-8 in every encoding, keeping every markup byte")
        func junk() {
            var generator = SplitMix64(seed: 42)
            let junk = (0..<65536).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let lessThans = junk.filter { $0 == UInt8(ascii: "<") }.count
            for encoding in CharacterEncoding.allCases {
                let output = junk.withUnsafeBytes { HTMLInputDecoder.decode($0, as: encoding) }
                #expect(String(validating: output, as: UTF8.self) != nil, "\(encoding)")
                // Stateless ASCII-compatible decoders never swallow an ASCII byte into an error.
                if ![.replacement, .utf16BE, .utf16LE, .iso2022JP].contains(encoding) {
                    #expect(output.filter { $0 == UInt8(ascii: "<") }.count == lessThans, "\(encoding)")
                }
            }
        }
    }
}
