extension LegacyEncodingDetector {
    /// What each byte is in a Cyrillic single-byte encoding: a small letter, a capital,
    /// punctuation Russian and Ukrainian text use, or anything else.
    struct CyrillicClasses: Sendable {
        enum ByteClass: Sendable {
            case other
            case small
            case capital
            case punctuation

            var isLetter: Bool { self == .small || self == .capital }
        }

        private let table: [ByteClass]

        subscript(byte: UInt8) -> ByteClass { table[Int(byte)] }

        private init(small: [UInt8], capitals: [UInt8], punctuation: [UInt8]) {
            var table = [ByteClass](repeating: .other, count: 256)
            for byte in small { table[Int(byte)] = .small }
            for byte in capitals { table[Int(byte)] = .capital }
            for byte in punctuation { table[Int(byte)] = .punctuation }
            self.table = table
        }

        /// windows-1251: а–я at 0xE0–0xFF, А–Я at 0xC0–0xDF; ё ў і ґ є ї and their capitals
        /// elsewhere; „ … € ‹ ‘ ’ “ ” • – — ™ › no-break space § © « ® ° ± µ ¶ · № ».
        static let windows1251 = CyrillicClasses(
            small: Array(0xE0...0xFF) + [0xA2, 0xB3, 0xB4, 0xB8, 0xBA, 0xBF],
            capitals: Array(0xC0...0xDF) + [0xA1, 0xA5, 0xA8, 0xAA, 0xAF, 0xB2],
            punctuation: [
                0x84, 0x85, 0x88, 0x8B, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9B,
                0xA0, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB1, 0xB5, 0xB6, 0xB7, 0xB9, 0xBB,
            ]
        )

        /// KOI8-U (KOI8-R plus Ukrainian and Belarusian letters): а–я at 0xC0–0xDF, А–Я at
        /// 0xE0–0xFF; ё є і ї ґ ў and their capitals in 0xA3–0xBE; no-break space ° · ©.
        static let koi8 = CyrillicClasses(
            small: Array(0xC0...0xDF) + [0xA3, 0xA4, 0xA6, 0xA7, 0xAD, 0xAE],
            capitals: Array(0xE0...0xFF) + [0xB3, 0xB4, 0xB6, 0xB7, 0xBD, 0xBE],
            punctuation: [0x9A, 0x9C, 0x9E, 0xBF]
        )
    }
}
