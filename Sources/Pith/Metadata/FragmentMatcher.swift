/// Finds vocabulary fragments in `class` and `id` values at the start of a word or a token.
///
/// A word starts at the beginning, after any byte that is not an ASCII letter (`post-author`,
/// `entry_date`, `meta2date`), or at a lower-to-upper case change (`postDate`); a token starts
/// after white space only. Matching is ASCII case-insensitive. So `byline` is found in
/// `article-byline` and `authorBox`, but `date` is not found in `update` or `candidate`.
///
/// Word and token fragments share one matcher, so a value is read once for both, without
/// allocation. Fragments are bucketed by first letter; each bucket also records which second
/// letters its fragments have, so most word starts are passed over without reading a fragment.
struct FragmentMatcher: Sendable {
    private struct Fragment {
        /// Where the fragment's bytes start and end in ``FragmentMatcher/bytes``.
        var start: Int
        var end: Int
        var bits: UInt8
        /// Whether it must start a space-separated token rather than a word.
        var atTokenStart: Bool
    }

    /// The fragments starting with one letter.
    private struct Bucket {
        /// The bucket's range in ``FragmentMatcher/fragments``, as `first ..< end`.
        var first = 0
        var end = 0
        /// Bit `b & 31` is set for every second byte `b` of the bucket's fragments: a position
        /// whose next byte (ASCII-lowercased) has no bit set starts none of them.
        var secondBytes: UInt32 = 0
    }

    /// Every fragment's bytes, back to back.
    private let bytes: [UInt8]
    /// Sorted by first letter.
    private let fragments: [Fragment]
    /// Per first letter, a–z.
    private let buckets: [Bucket]

    /// A matcher for `words`, found at any word start, and `tokens`, found at token starts only
    /// (lowercase ASCII fragments of at least two bytes starting with a letter, and their bits).
    init(words: [(fragment: String, bits: UInt8)], tokens: [(fragment: String, bits: UInt8)] = []) {
        let entries = words.map { ($0.fragment, $0.bits, false) } + tokens.map { ($0.fragment, $0.bits, true) }
        let sorted = entries.sorted { $0.0 < $1.0 }
        var bytes: [UInt8] = []
        var fragments: [Fragment] = []
        var buckets = [Bucket](repeating: Bucket(), count: 26)
        for (index, (text, bits, atTokenStart)) in sorted.enumerated() {
            let fragment = Array(text.utf8)
            precondition(fragment.count >= 2, "fragments have two bytes or more")
            let letter = Int(fragment[0] &- UInt8(ascii: "a"))
            precondition(letter < 26, "fragments start with a lowercase letter")
            if buckets[letter].end == 0 { buckets[letter].first = index }
            buckets[letter].end = index + 1
            buckets[letter].secondBytes |= 1 << UInt32(fragment[1] & 31)
            fragments.append(Fragment(start: bytes.count, end: bytes.count + fragment.count, bits: bits, atTokenStart: atTokenStart))
            bytes += fragment
        }
        self.bytes = bytes
        self.fragments = fragments
        self.buckets = buckets
    }

    /// The union of the bits of every fragment found in `value`.
    ///
    /// - Complexity: O(n) in the value length times the fragments sharing a first letter.
    func bits(in value: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var result: UInt8 = 0
        var previous: UInt8 = 0x20
        var index = 0
        // Every fragment has a second byte, so the last byte starts none.
        while index + 1 < value.count {
            let byte = value[index]
            let before = previous
            previous = byte
            index += 1
            let letter = Int((byte | 0x20) &- UInt8(ascii: "a"))
            guard letter < 26, !Self.isLetter(before) || (Self.isLower(before) && Self.isUpper(byte)) else { continue }
            let bucket = buckets[letter]
            // `index` is now the position of the second byte.
            guard bucket.secondBytes & 1 << UInt32((value[index] | 0x20) & 31) != 0 else { continue }
            let isTokenStart = before == 0x20 || before == 0x09 || before == 0x0A
            result |= matches(bucket, at: index - 1, in: value, isTokenStart: isTokenStart, found: result)
        }
        return result
    }

    /// The bits of the fragments of `bucket` that start at `position`, leaving out those whose
    /// bits are all in `found` already.
    private func matches(
        _ bucket: Bucket,
        at position: Int,
        in value: UnsafeBufferPointer<UInt8>,
        isTokenStart: Bool,
        found: UInt8
    ) -> UInt8 {
        var result: UInt8 = 0
        for fragment in fragments[bucket.first..<bucket.end] where isTokenStart || !fragment.atTokenStart {
            let length = fragment.end - fragment.start
            guard length <= value.count - position, (found | result) & fragment.bits != fragment.bits else { continue }
            var offset = 1
            while offset < length, value[position + offset] | 0x20 == bytes[fragment.start + offset] { offset += 1 }
            if offset == length { result |= fragment.bits }
        }
        return result
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    @inline(__always)
    private static func isLower(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }

    @inline(__always)
    private static func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
}
