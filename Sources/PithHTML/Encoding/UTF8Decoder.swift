/// UTF-8 validation and the Encoding Standard's UTF-8 decoder (8.1.1), over raw bytes.
///
/// Valid input takes a validate-and-copy path: eight ASCII bytes per step, then a branch per
/// multi-byte sequence, and one `memcpy` of the whole run. Ill-formed input is decoded the way the
/// standard (and Unicode's "U+FFFD substitution of maximal subparts") says: each maximal subpart of
/// an ill-formed sequence becomes one U+FFFD, and the byte that ended it is read again.
enum UTF8Decoder {
    /// An ill-formed sequence: where it starts and how many bytes its maximal subpart has.
    struct IllFormed: Equatable {
        /// Offset of the sequence's first byte.
        var offset: Int
        /// Bytes the one U+FFFD replaces (1–3).
        var length: Int
        /// Whether the sequence is a well-formed prefix cut short by the end of the input.
        var isTruncated: Bool
    }

    /// The first ill-formed sequence at or after `start`, or `nil` if the rest is valid UTF-8.
    ///
    /// - Complexity: O(n); ASCII runs are checked eight bytes per step.
    static func firstIllFormed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> IllFormed? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = start
        while index < count {
            // ASCII run: eight bytes per step while none has its high bit set.
            while index + 8 <= count {
                // SAFETY: index + 8 <= count, so the eight bytes are inside the buffer.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let high = word & 0x8080_8080_8080_8080
                if high != 0 {
                    index += high.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < count else { return nil }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            switch sequence(at: index, in: base, count: count) {
            case .wellFormed(let length): index += length
            case .illFormed(let illFormed): return illFormed
            }
        }
        return nil
    }

    /// The Encoding Standard's UTF-8 decode (BOM already removed), appended to `output` as UTF-8.
    ///
    /// - Complexity: O(n); valid runs are copied whole.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count)
        var index = 0
        while index < bytes.count {
            guard let illFormed = firstIllFormed(in: bytes, from: index) else {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
                return
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<illFormed.offset]))
            output.append(contentsOf: replacementCharacter)
            index = illFormed.offset + illFormed.length
        }
    }

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    enum Sequence {
        case wellFormed(length: Int)
        case illFormed(IllFormed)
    }

    /// The multi-byte sequence whose lead byte (0x80 or above) is at `index`.
    @inline(__always)
    static func sequence(at index: Int, in base: UnsafePointer<UInt8>, count: Int) -> Sequence {
        let lead = base[index]
        // Encoding Standard 8.1.1 step 5: the continuation count and the first continuation's bounds.
        let needed: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; lower = 0xA0
        case 0xED: needed = 2; upper = 0x9F
        case 0xE1...0xEF: needed = 2
        case 0xF0: needed = 3; lower = 0x90
        case 0xF4: needed = 3; upper = 0x8F
        case 0xF1...0xF3: needed = 3
        default: return .illFormed(IllFormed(offset: index, length: 1, isTruncated: false))
        }
        var next = index + 1
        for _ in 0..<needed {
            guard next < count else {
                return .illFormed(IllFormed(offset: index, length: next - index, isTruncated: true))
            }
            let byte = base[next]
            guard byte >= lower && byte <= upper else {
                return .illFormed(IllFormed(offset: index, length: next - index, isTruncated: false))
            }
            lower = 0x80
            upper = 0xBF
            next += 1
        }
        return .wellFormed(length: needed + 1)
    }

    /// Appends the UTF-8 form of `scalar` (at most U+10FFFF, not a surrogate) to `output`.
    @inline(__always)
    static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(0xC0 | UInt8(scalar >> 6))
            output.append(0x80 | UInt8(scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(0xE0 | UInt8(scalar >> 12))
            output.append(0x80 | UInt8((scalar >> 6) & 0x3F))
            output.append(0x80 | UInt8(scalar & 0x3F))
        default:
            output.append(0xF0 | UInt8(scalar >> 18))
            output.append(0x80 | UInt8((scalar >> 12) & 0x3F))
            output.append(0x80 | UInt8((scalar >> 6) & 0x3F))
            output.append(0x80 | UInt8(scalar & 0x3F))
        }
    }
}
