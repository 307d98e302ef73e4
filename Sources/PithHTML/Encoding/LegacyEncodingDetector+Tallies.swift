/// The per-candidate passes of `LegacyEncodingDetector`: each reads the sample with its encoding's
/// byte structure (the Encoding Standard's decoder for it) and counts characteristic bytes and
/// ill-formed sequences. Every pass jumps over ASCII eight bytes at a time.
extension LegacyEncodingDetector {
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
                // Everything but the five bytes Windows leaves unassigned is a letter or punctuation.
                switch bytes[index] {
                case 0x81, 0x8D, 0x8F, 0x90, 0x9D: break
                default: characteristic += 1
                }
                index += 1
            }
            if index - runStart <= EncodingHeuristics.latinMaximumRun { tally.characteristic += characteristic }
        }
        return tally
    }

    static func cyrillicTally(_ bytes: UnsafeBufferPointer<UInt8>, classes: CyrillicClasses) -> Tally {
        var tally = Tally()
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            defer { index += 1 }
            let byte = bytes[index]
            let previous = index > 0 ? bytes[index - 1] : ASCII.space
            let next = index + 1 < bytes.count ? bytes[index + 1] : ASCII.space
            switch classes[byte] {
            case .small, .capital:
                let touchesLatin = ASCII.isAlpha(previous) || ASCII.isAlpha(next)
                let capitalInsideWord = classes[byte] == .capital && classes[previous].isLetter
                if !touchesLatin && !capitalInsideWord { tally.characteristic += 1 }
            case .punctuation:
                tally.characteristic += 1
            case .other:
                break
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
            if second >= 0xA1 && ((0xB0...0xF7).contains(lead) || (0xA1...0xA5).contains(lead)) {
                tally.characteristic += 2
            }
            index += 2
        }
        return tally
    }

    /// The EUC-KR decoder's byte structure (Unified Hangul Code, Encoding Standard 13.1.1).
    static func eucKRTally(_ bytes: UnsafeBufferPointer<UInt8>) -> Tally {
        // KS X 1001 in EUC form (rows 0xC9 and 0xFE are user-defined and unmapped), or a Unified
        // Hangul Code extension character.
        func isEUCForm(_ lead: UInt8, _ trail: UInt8) -> Bool {
            lead >= 0xA1 && (0xA1...0xFE).contains(trail) && lead != 0xC9 && lead != 0xFE
        }
        return doubleByteTally(
            bytes,
            isLead: { (0x81...0xFE).contains($0) },
            isIllFormedSingle: { _ in true },
            isWellFormedPair: { lead, trail in
                isEUCForm(lead, trail)
                    || (lead <= 0xC6
                        && ((0x41...0x5A).contains(trail) || (0x61...0x7A).contains(trail) || (0x81...0xFE).contains(trail)))
            },
            characteristicWeight: { lead, trail in
                isEUCForm(lead, trail) && ((0xB0...0xC8).contains(lead) || (0xA1...0xA3).contains(lead)) ? 2 : 0
            }
        )
    }

    /// The Big5 decoder's byte structure (Encoding Standard 11.1.1).
    static func big5Tally(_ bytes: UnsafeBufferPointer<UInt8>) -> Tally {
        doubleByteTally(
            bytes,
            isLead: { (0x81...0xFE).contains($0) },
            isIllFormedSingle: { _ in true },
            isWellFormedPair: { _, trail in (0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail) },
            characteristicWeight: { lead, trail in
                (0xA4...0xC6).contains(lead) || (0xA1...0xA3).contains(lead) ? (trail >= 0x80 ? 2 : 1) : 0
            }
        )
    }

    /// The Shift_JIS decoder's byte structure (Encoding Standard 12.3.1).
    static func shiftJISTally(_ bytes: UnsafeBufferPointer<UInt8>) -> Tally {
        doubleByteTally(
            bytes,
            isLead: { (0x81...0x9F).contains($0) || (0xE0...0xFC).contains($0) },
            // 0x80 and half-width katakana 0xA1–0xDF (valid, rare today) are single bytes too.
            isIllFormedSingle: { $0 == 0xA0 || $0 >= 0xFD },
            isWellFormedPair: { _, trail in (0x40...0x7E).contains(trail) || (0x80...0xFC).contains(trail) },
            characteristicWeight: { lead, trail in
                lead <= 0x83 || (0x88...0x9F).contains(lead) ? (trail >= 0x80 ? 2 : 1) : 0
            }
        )
    }

    /// The walk the double-byte decoders share: a non-ASCII byte either leads a pair or stands
    /// alone; a lead whose trail is not well formed is an error, and an ASCII trail is read again.
    /// Well-formed pairs add their characteristic weight (how typical of the encoding's text).
    private static func doubleByteTally(
        _ bytes: UnsafeBufferPointer<UInt8>,
        isLead: (UInt8) -> Bool,
        isIllFormedSingle: (UInt8) -> Bool,
        isWellFormedPair: (UInt8, UInt8) -> Bool,
        characteristicWeight: (UInt8, UInt8) -> Int
    ) -> Tally {
        var tally = Tally()
        var index = 0
        while true {
            index = nextNonASCII(in: bytes, from: index)
            guard index < bytes.count else { break }
            let lead = bytes[index]
            guard isLead(lead) else {
                if isIllFormedSingle(lead) { tally.illFormed += 1 }
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { break }
            let trail = bytes[index + 1]
            guard isWellFormedPair(lead, trail) else {
                tally.illFormed += 1
                index += trail < 0x80 ? 1 : 2
                continue
            }
            tally.characteristic += characteristicWeight(lead, trail)
            index += 2
        }
        return tally
    }
}
