/// Small text clean-ups shared by the metadata readers.
enum TextNormalization {
    /// `text` with every run of white space (Unicode's, no-break spaces included) replaced by one
    /// space, and none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        if isCollapsed(text) { return text }
        // UTF-8 bytes, not a `String.UnicodeScalarView`, whose appends cost more than the scan.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            UTF8.encode(scalar) { result.append($0) }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `scalar` is white space: Unicode's, plus no-break, zero-width and BOM spaces.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace || value == 0xA0 || value == 0x200B || value == 0xFEFF
    }

    /// A quick check that `text` needs no collapsing: no control white space, no double or edge
    /// spaces, and no byte that could start a non-ASCII space (U+00A0, U+2000…, U+3000, U+FEFF).
    private static func isCollapsed(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            switch byte {
            case 0x20 where previous == 0x20: return false
            case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: return false
            default: previous = byte
            }
        }
        return previous != 0x20 || text.isEmpty
    }

    /// A key for comparing two texts loosely: lowercased letters and digits only, so quotes,
    /// dashes, punctuation and spacing do not matter ("What's new?" ≈ "What’s New").
    static func comparisonKey(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if byte &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 {
                    bytes.append(byte)
                } else if byte &- UInt8(ascii: "A") < 26 {
                    bytes.append(byte | 0x20)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result: [UInt8] = []
        for scalar in text.lowercased().unicodeScalars
        where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            UTF8.encode(scalar) { result.append($0) }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the UTF-8 bytes of `needle` occur in `text`'s: a quick test before a search or
    /// split by `Character`s, which finds `needle` only where its bytes are.
    static func containsBytes(of needle: String, in text: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in needle.withUTF8 { Pith.containsBytes(haystack, $0) } }
    }

    /// Whether `text` has at least one letter.
    static func hasLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
