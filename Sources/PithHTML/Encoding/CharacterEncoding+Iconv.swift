extension CharacterEncoding {
    /// The name of this encoding's decoder in glibc iconv (checked against `iconv -l`, glibc 2.36),
    /// or `nil` for the encodings Pith decodes itself (UTF-8, UTF-16BE/LE, replacement,
    /// x-user-defined).
    ///
    /// Where iconv offers several, the one closest to the Encoding Standard's decoder is chosen.
    var iconvName: String? {
        switch self {
        case .utf8, .utf16BE, .utf16LE, .replacement, .xUserDefined: nil
        case .ibm866: "IBM866"
        case .iso8859_2: "ISO-8859-2"
        case .iso8859_3: "ISO-8859-3"
        case .iso8859_4: "ISO-8859-4"
        case .iso8859_5: "ISO-8859-5"
        case .iso8859_6: "ISO-8859-6"
        case .iso8859_7: "ISO-8859-7"
        // ISO-8859-8-I differs from ISO-8859-8 only in text direction, which decoding ignores.
        case .iso8859_8, .iso8859_8I: "ISO-8859-8"
        case .iso8859_10: "ISO-8859-10"
        case .iso8859_13: "ISO-8859-13"
        case .iso8859_14: "ISO-8859-14"
        case .iso8859_15: "ISO-8859-15"
        case .iso8859_16: "ISO-8859-16"
        case .koi8R: "KOI8-R"
        case .koi8U: "KOI8-U"
        case .macintosh: "MACINTOSH"
        case .windows874: "CP874"
        case .windows1250: "CP1250"
        case .windows1251: "CP1251"
        case .windows1252: "CP1252"
        case .windows1253: "CP1253"
        case .windows1254: "CP1254"
        case .windows1255: "CP1255"
        case .windows1256: "CP1256"
        case .windows1257: "CP1257"
        case .windows1258: "CP1258"
        case .xMacCyrillic: "MAC-CYRILLIC"
        // The standard decodes GBK with the gb18030 decoder.
        case .gbk, .gb18030: "GB18030"
        // The standard's Big5 is Big5 with the HKSCS extensions.
        case .big5: "BIG5-HKSCS"
        // The standard's index jis0208 has the NEC and IBM extensions, as eucJP-ms does.
        case .eucJP: "EUC-JP-MS"
        // Plain ISO-2022-JP in glibc lacks the half-width katakana set (ESC ( I) the standard decodes.
        case .iso2022JP: "ISO-2022-JP-3"
        // The standard's Shift_JIS is Windows code page 932 (0x5C is a backslash, NEC/IBM rows present).
        case .shiftJIS: "CP932"
        // The standard's EUC-KR is Windows code page 949 (Unified Hangul Code).
        case .eucKR: "CP949"
        default: nil
        }
    }

    /// A byte that iconv rejects but the Encoding Standard maps, as the first byte of an error.
    func substitute(forRejected byte: UInt8) -> UInt32? {
        switch self {
        // gb18030 decoder step 5: 0x80 is the euro sign.
        case .gbk, .gb18030: byte == 0x80 ? 0x20AC : nil
        // Shift_JIS decoder step 4: 0x80 is U+0080.
        case .shiftJIS: byte == 0x80 ? 0x80 : nil
        default: nil
        }
    }
}
