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
/// 3. **Scores.** Each candidate reads the sample by its own byte structure and classifies every
///    non-ASCII byte as part of *characteristic* text (the ranges where that language's everyday
///    characters live), of other valid characters, or of an ill-formed sequence. Its score is the
///    share of non-ASCII bytes in characteristic text, less ``EncodingHeuristics/illFormedPenalty``
///    bytes per ill-formed sequence. The candidates, and their characteristic text:
///    - windows-1252: letters and punctuation in runs of at most
///      ``EncodingHeuristics/latinMaximumRun`` non-ASCII bytes (accents inside Latin words);
///    - windows-1251: Cyrillic letters that touch no ASCII letter, capitals only at the start of
///      a word (Russian words are small letters after an optional capital; all-capital headings
///      are the exception given up), and Russian typography (quotes, dashes, №, no-break space);
///    - GBK: GB2312 hanzi (lead 0xB0–0xF7), punctuation and kana (lead 0xA1–0xA5), trail 0xA1–0xFE;
///    - EUC-KR: KS X 1001 hangul (lead 0xB0–0xC8) and punctuation (lead 0xA1–0xA3), trail 0xA1–0xFE;
///    - Big5: level-1 hanzi (lead 0xA4–0xC6) and punctuation (lead 0xA1–0xA3), any trail;
///    - Shift_JIS: punctuation, kana (lead 0x81–0x83) and level-1 kanji (lead 0x88–0x9F);
///    - KOI8-U (which decodes KOI8-R text identically): as windows-1251, with KOI8's layout.
/// 4. The highest score wins; on a tie the earlier candidate in that list wins, so a sample too
///    short to tell (four hanzi also read as one lowercase KOI8 word) goes to the likelier one.
/// 5. **The EUC family.** GBK, EUC-KR, Big5 and EUC-JP share their byte pairs' shapes, so the
///    common rows score well in several of them; when GBK, EUC-KR or Big5 wins, the rows decide:
///    Big5 if at least ``EncodingHeuristics/big5ASCIITrailShare`` of the double-byte characters
///    have an ASCII trail byte (no EUC form has one, and GBK only outside its common text, but
///    for the punctuation in rows 0xA8–0xA9, which is not counted); else EUC-JP if at least
///    ``EncodingHeuristics/japaneseKanaRowShare`` of them are kana (rows 0xA4–0xA5); else EUC-KR
///    if at least ``EncodingHeuristics/koreanHangulRowShare`` of those in rows 0xB0 and up are
///    hangul (rows 0xB0–0xC8); else GBK.
/// 6. If the winning score is below ``EncodingHeuristics/minimumScore``, nothing is recognised.
///
/// Not recognised (they fall to the default or a neighbour): ISO-2022-JP (7-bit, so it reaches
/// here only when damaged) and the single-byte encodings other than windows-1251, KOI8 and
/// windows-1252 (Greek and Hebrew text reads as windows-1251, Central European as windows-1252).
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

        // Steps 3–4.
        let candidates: [(CharacterEncoding, Tally)] = [
            (.windows1252, windows1252Tally(sample)),
            (.windows1251, cyrillicTally(sample, classes: CyrillicClasses.windows1251)),
            (.gbk, gbkTally(sample)),
            (.eucKR, eucKRTally(sample)),
            (.big5, big5Tally(sample)),
            (.shiftJIS, shiftJISTally(sample)),
            (.koi8U, cyrillicTally(sample, classes: CyrillicClasses.koi8)),
        ]
        var best = candidates[0].0
        var bestScore = candidates[0].1.score(highBytes: highBytes)
        for (encoding, tally) in candidates.dropFirst() {
            let score = tally.score(highBytes: highBytes)
            if score > bestScore {
                best = encoding
                bestScore = score
            }
        }
        // Step 6.
        guard bestScore >= EncodingHeuristics.minimumScore else { return nil }
        // Step 5.
        if best == .gbk || best == .eucKR || best == .big5 {
            return eucFamilyMember(sample)
        }
        return best
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

    /// Step 5: which of GBK, EUC-KR, Big5 and EUC-JP the sample's double-byte rows point to.
    static func eucFamilyMember(_ bytes: UnsafeBufferPointer<UInt8>) -> CharacterEncoding {
        var doubleByte = 0
        var asciiTrail = 0
        var kanaRows = 0
        var upperRows = 0
        var hangulRows = 0
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index + 1 < bytes.count else { break }
            let lead = bytes[index]
            let trail = bytes[index + 1]
            guard lead >= 0xA1 && lead <= 0xFE && ((0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail)) else {
                index += 1
                continue
            }
            doubleByte += 1
            if trail < 0x80 {
                // Not GBK's punctuation block in rows 0xA8–0xA9 (the en dash is 0xA8 0x43).
                if lead != 0xA8 && lead != 0xA9 { asciiTrail += 1 }
            } else if lead == 0xA4 || lead == 0xA5 {
                kanaRows += 1
            } else if lead >= 0xB0 {
                upperRows += 1
                if lead <= 0xC8 { hangulRows += 1 }
            }
            index += 2
        }
        func share(_ count: Int, of total: Int) -> Double { total == 0 ? 0 : Double(count) / Double(total) }
        if share(asciiTrail, of: doubleByte) >= EncodingHeuristics.big5ASCIITrailShare { return .big5 }
        if share(kanaRows, of: doubleByte) >= EncodingHeuristics.japaneseKanaRowShare { return .eucJP }
        if share(hangulRows, of: upperRows) >= EncodingHeuristics.koreanHangulRowShare { return .eucKR }
        return .gbk
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
}
