/// Recognises the encoding of undeclared text that is not valid UTF-8, from byte statistics.
///
/// The HTML standard allows this step (13.2.3.2, "the user agent may attempt to autodetect the
/// character encoding from applying frequency analysis") and leaves it implementation-defined.
/// The rule, with its numbers in ``EncodingHeuristics``:
///
/// 1. Read the document up to its ``EncodingHeuristics/statisticsSampleHighBytes``th non-ASCII byte.
/// 2. **UTF-8 with stray errors.** If the sample has well-formed multi-byte UTF-8 sequences and
///    at most ``EncodingHeuristics/utf8MaximumIllFormedRatio`` ill-formed ones per well-formed one,
///    it is UTF-8.
/// 3. **Scores.** Each candidate — windows-1252, windows-1251, GBK (decoded as gb18030), EUC-KR and
///    Shift_JIS — reads the sample by its own byte structure and classifies every non-ASCII byte as
///    part of *characteristic* text (the ranges where that language's everyday characters live),
///    of other valid characters, or of an ill-formed sequence. Its score is the share of non-ASCII
///    bytes in characteristic text, less ``EncodingHeuristics/illFormedPenalty`` bytes per
///    ill-formed sequence. Characteristic text is:
///    - windows-1252: letters and punctuation in runs of at most
///      ``EncodingHeuristics/latinMaximumRun`` non-ASCII bytes (accents inside Latin words);
///    - windows-1251: Cyrillic letters that touch no ASCII letter, capitals only at the start of a
///      word (Russian words are small letters after an optional capital; all-capital headings are
///      the exception given up), and Russian typography (quotes, dashes, №);
///    - GBK: GB2312 hanzi (lead 0xB0–0xF7) and CJK punctuation (lead 0xA1–0xA3), trail 0xA1–0xFE;
///    - EUC-KR: KS X 1001 hangul (lead 0xB0–0xC8) and punctuation (lead 0xA1–0xA3), trail 0xA1–0xFE;
///    - Shift_JIS: punctuation, kana (lead 0x81–0x83) and level-1 kanji (lead 0x88–0x9F).
/// 4. The highest score wins; on a tie the earlier candidate in that list wins. GBK and EUC-KR
///    both read hangul rows as characteristic, so when either wins, the text is Korean if at least
///    ``EncodingHeuristics/koreanHangulRowShare`` of its EUC-form characters lie in the hangul rows.
/// 5. If the winning score is below ``EncodingHeuristics/minimumScore``, nothing is recognised.
///
/// Not recognised (they fall to the default or a neighbour): Big5, EUC-JP, ISO-2022-JP and the
/// single-byte encodings other than windows-1251 and windows-1252.
enum LegacyEncodingDetector {
    /// The recognised encoding, or `nil` when the statistics are inconclusive.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> CharacterEncoding? {
        // Step 1.
        var end = 0
        var highBytes = 0
        while highBytes < EncodingHeuristics.statisticsSampleHighBytes {
            end = nextNonASCII(in: bytes, from: end)
            guard end < bytes.count else { break }
            highBytes += 1
            end += 1
        }
        guard highBytes > 0 else { return nil }
        // One more byte, so a sample never ends between a lead byte and its trail.
        let sample = UnsafeBufferPointer(rebasing: bytes[0..<min(bytes.count, end + 1)])

        // Step 2.
        let utf8 = utf8Tally(sample)
        if utf8.wellFormed > 0,
            Double(utf8.illFormed) <= EncodingHeuristics.utf8MaximumIllFormedRatio * Double(utf8.wellFormed)
        {
            return .utf8
        }

        // Step 3.
        let korean = eucKRTally(sample)
        let candidates: [(CharacterEncoding, Tally)] = [
            (.windows1252, windows1252Tally(sample)),
            (.windows1251, windows1251Tally(sample)),
            (.gbk, gbkTally(sample)),
            (.eucKR, korean.tally),
            (.shiftJIS, shiftJISTally(sample)),
        ]
        // Step 4.
        var best = candidates[0].0
        var bestScore = candidates[0].1.score(highBytes: highBytes)
        for (encoding, tally) in candidates.dropFirst() {
            let score = tally.score(highBytes: highBytes)
            if score > bestScore {
                best = encoding
                bestScore = score
            }
        }
        if best == .gbk || best == .eucKR {
            best = korean.hangulShare >= EncodingHeuristics.koreanHangulRowShare ? .eucKR : .gbk
        }
        // Step 5.
        return bestScore >= EncodingHeuristics.minimumScore ? best : nil
    }

    /// What one candidate made of the sample.
    struct Tally {
        /// Non-ASCII bytes inside characteristic characters.
        var characteristic = 0
        /// Ill-formed sequences.
        var illFormed = 0

        func score(highBytes: Int) -> Double {
            (Double(characteristic) - EncodingHeuristics.illFormedPenalty * Double(illFormed)) / Double(highBytes)
        }
    }

    /// The index of the first byte at or after `start` that is 0x80 or above, or `bytes.count`.
    ///
    /// - Complexity: O(n), eight ASCII bytes per step.
    static func nextNonASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var index = start
        while index + 8 <= bytes.count {
            // SAFETY: index + 8 <= count, so the eight bytes are inside the buffer.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let high = word & 0x8080_8080_8080_8080
            if high != 0 { return index + high.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < bytes.count, base[index] < 0x80 { index += 1 }
        return index
    }

    // MARK: UTF-8

    static func utf8Tally(_ bytes: UnsafeBufferPointer<UInt8>) -> (wellFormed: Int, illFormed: Int) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        var wellFormed = 0
        var illFormed = 0
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            switch UTF8Decoder.sequence(at: index, in: base, count: bytes.count) {
            case .wellFormed(let length):
                wellFormed += 1
                index += length
            case .illFormed(let sequence):
                // A sequence cut off by the end of the sample is not evidence either way.
                if !sequence.isTruncated { illFormed += 1 }
                index += sequence.length
            }
        }
        return (wellFormed, illFormed)
    }

    // MARK: Single-byte candidates

    static func windows1252Tally(_ bytes: UnsafeBufferPointer<UInt8>) -> Tally {
        var tally = Tally()
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            let runStart = index
            var characteristic = 0
            while index < bytes.count, bytes[index] >= 0x80 {
                if Windows1252.isCharacteristic(bytes[index]) { characteristic += 1 }
                index += 1
            }
            if index - runStart <= EncodingHeuristics.latinMaximumRun { tally.characteristic += characteristic }
        }
        return tally
    }

    static func windows1251Tally(_ bytes: UnsafeBufferPointer<UInt8>) -> Tally {
        var tally = Tally()
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            defer { index += 1 }
            let byte = bytes[index]
            let previous = index > 0 ? bytes[index - 1] : ASCII.space
            let next = index + 1 < bytes.count ? bytes[index + 1] : ASCII.space
            if Windows1251.isLetter(byte) {
                let touchesLatin = ASCII.isAlpha(previous) || ASCII.isAlpha(next)
                let capitalInsideWord = Windows1251.isCapital(byte) && Windows1251.isLetter(previous)
                if !touchesLatin && !capitalInsideWord { tally.characteristic += 1 }
            } else if Windows1251.isPunctuation(byte) {
                tally.characteristic += 1
            }
        }
        return tally
    }

    // MARK: Double-byte candidates

    /// The gb18030 decoder's byte structure (Encoding Standard 10.2.1).
    static func gbkTally(_ bytes: UnsafeBufferPointer<UInt8>) -> Tally {
        var tally = Tally()
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            let lead = bytes[index]
            guard lead >= 0x81 && lead <= 0xFE else {
                // 0x80 (the euro sign: valid, not characteristic) or 0xFF (an error).
                if lead == 0xFF { tally.illFormed += 1 }
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let second = bytes[index + 1]
            if (0x30...0x39).contains(second) {
                // A four-byte sequence: valid, rare in real text.
                if index + 3 < bytes.count, (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3]) {
                    index += 4
                } else {
                    tally.illFormed += 1
                    index += 1
                }
                continue
            }
            guard (0x40...0x7E).contains(second) || (0x80...0xFE).contains(second) else {
                // Not a trail byte: an error, and an ASCII byte there is read again.
                tally.illFormed += 1
                index += second < 0x80 ? 1 : 2
                continue
            }
            if second >= 0xA1 && ((0xB0...0xF7).contains(lead) || (0xA1...0xA3).contains(lead)) {
                tally.characteristic += 2
            }
            index += 2
        }
        return tally
    }

    /// The EUC-KR decoder's byte structure (Unified Hangul Code), and the hangul-row share.
    static func eucKRTally(_ bytes: UnsafeBufferPointer<UInt8>) -> (tally: Tally, hangulShare: Double) {
        var tally = Tally()
        var eucForm = 0
        var hangulRows = 0
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            let lead = bytes[index]
            guard lead >= 0x81 && lead <= 0xFE else {
                tally.illFormed += 1
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let trail = bytes[index + 1]
            // KS X 1001 in EUC form (rows 0xC9 and 0xFE are user-defined and unmapped), or a
            // Unified Hangul Code extension character.
            let isEUCForm = lead >= 0xA1 && (0xA1...0xFE).contains(trail) && lead != 0xC9 && lead != 0xFE
            let isExtension = lead <= 0xC6
                && ((0x41...0x5A).contains(trail) || (0x61...0x7A).contains(trail) || (0x81...0xFE).contains(trail))
            guard isEUCForm || isExtension else {
                tally.illFormed += 1
                index += trail < 0x80 ? 1 : 2
                continue
            }
            if isEUCForm {
                if lead >= 0xB0 {
                    eucForm += 1
                    if lead <= 0xC8 { hangulRows += 1 }
                }
                if (0xB0...0xC8).contains(lead) || (0xA1...0xA3).contains(lead) { tally.characteristic += 2 }
            }
            index += 2
        }
        return (tally, eucForm == 0 ? 0 : Double(hangulRows) / Double(eucForm))
    }

    /// The Shift_JIS decoder's byte structure (Encoding Standard 12.3.1).
    static func shiftJISTally(_ bytes: UnsafeBufferPointer<UInt8>) -> Tally {
        var tally = Tally()
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            let lead = bytes[index]
            let isLead = (0x81...0x9F).contains(lead) || (0xE0...0xFC).contains(lead)
            guard isLead else {
                // 0x80, half-width katakana 0xA1–0xDF (valid, rare today), or an error.
                if lead == 0xA0 || lead >= 0xFD { tally.illFormed += 1 }
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let trail = bytes[index + 1]
            guard (0x40...0x7E).contains(trail) || (0x80...0xFC).contains(trail) else {
                tally.illFormed += 1
                index += trail < 0x80 ? 1 : 2
                continue
            }
            if lead <= 0x83 || (0x88...0x9F).contains(lead) {
                tally.characteristic += trail >= 0x80 ? 2 : 1
            }
            index += 2
        }
        return tally
    }

    // MARK: Byte classes

    private enum Windows1252 {
        /// Letters (0xC0–0xFF but × and ÷, Š Œ Ž š œ ž Ÿ ƒ) and punctuation (quotes, dashes, €,
        /// …, the Latin-1 symbols 0xA0–0xBF); not the five bytes Windows leaves unassigned.
        static func isCharacteristic(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x81, 0x8D, 0x8F, 0x90, 0x9D: false
            default: true
            }
        }
    }

    private enum Windows1251 {
        /// Ukrainian and Belarusian capitals outside 0xC0–0xDF: Ў Ѓ Ґ Ё Є Ї І.
        static let otherCapitals: [UInt8] = [0xA1, 0xA5, 0xA8, 0xAA, 0xAF, 0xB2]
        /// Their small letters: ў ґ ё є ї і.
        static let otherSmalls: [UInt8] = [0xA2, 0xB3, 0xB4, 0xB8, 0xBA, 0xBF]
        /// Russian typography: „ … ‹ ‘ ’ “ ” • – — ™ › NBSP § © « ® ° ± µ ¶ · № ».
        static let punctuation: [UInt8] = [
            0x84, 0x85, 0x88, 0x8B, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9B,
            0xA0, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB1, 0xB5, 0xB6, 0xB7, 0xB9, 0xBB,
        ]

        static func isCapital(_ byte: UInt8) -> Bool { (0xC0...0xDF).contains(byte) || otherCapitals.contains(byte) }
        static func isLetter(_ byte: UInt8) -> Bool { byte >= 0xC0 || otherCapitals.contains(byte) || otherSmalls.contains(byte) }
        static func isPunctuation(_ byte: UInt8) -> Bool { punctuation.contains(byte) }
    }
}
