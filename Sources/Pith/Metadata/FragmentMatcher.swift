/// Finds vocabulary fragments in `class` and `id` values at the start of a word or a token.
///
/// A word starts at the beginning, after any byte that is not an ASCII letter (`post-author`,
/// `entry_date`, `meta2date`), or at a lower-to-upper case change (`postDate`); a token starts
/// after white space only. Matching is ASCII case-insensitive. So `byline` is found in
/// `article-byline` and `authorBox`, but `date` is not found in `update` or `candidate`.
///
/// Fragments are bucketed by first letter in flat arrays, so a value is read once whatever the
/// vocabulary size, without allocation.
struct FragmentMatcher: Sendable {
    /// Every fragment's bytes, back to back.
    private let bytes: [UInt8]
    /// Per fragment: where its bytes start and end in ``bytes``, and the bits it sets; sorted by
    /// first letter.
    private let starts: [Int]
    private let ends: [Int]
    private let fragmentBits: [UInt8]
    /// Per first letter (a–z): the range of fragments starting with it, as `first ..< last`.
    private let bucketStarts: [Int]
    private let bucketEnds: [Int]
    /// Whether fragments must start a space-separated token rather than a word.
    private let atTokenStart: Bool

    /// A matcher for `entries` (lowercase ASCII fragments starting with a letter, and their bits).
    init(_ entries: [(fragment: String, bits: UInt8)], atTokenStart: Bool = false) {
        let sorted = entries.sorted { $0.fragment < $1.fragment }
        var bytes: [UInt8] = []
        var starts: [Int] = []
        var ends: [Int] = []
        var bits: [UInt8] = []
        var bucketStarts = [Int](repeating: 0, count: 26)
        var bucketEnds = [Int](repeating: 0, count: 26)
        for (index, entry) in sorted.enumerated() {
            let fragment = Array(entry.fragment.utf8)
            let letter = Int(fragment[0] &- UInt8(ascii: "a"))
            precondition(letter < 26, "fragments start with a lowercase letter")
            if bucketEnds[letter] == 0 { bucketStarts[letter] = index }
            bucketEnds[letter] = index + 1
            starts.append(bytes.count)
            bytes += fragment
            ends.append(bytes.count)
            bits.append(entry.bits)
        }
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.fragmentBits = bits
        self.bucketStarts = bucketStarts
        self.bucketEnds = bucketEnds
        self.atTokenStart = atTokenStart
    }

    /// The union of the bits of every fragment found in `value`.
    ///
    /// - Complexity: O(n) in the value length times the fragments sharing a first letter.
    func bits(in value: UnsafeBufferPointer<UInt8>) -> UInt8 {
        bytes.withUnsafeBufferPointer { fragments in
            var result: UInt8 = 0
            var previous: UInt8 = 0x20
            for index in 0..<value.count {
                let byte = value[index]
                let before = previous
                previous = byte
                let letter = Int((byte | 0x20) &- UInt8(ascii: "a"))
                guard letter < 26 else { continue }
                if atTokenStart {
                    guard before == 0x20 || before == 0x09 || before == 0x0A else { continue }
                } else {
                    guard !Self.isLetter(before) || (Self.isLower(before) && Self.isUpper(byte)) else { continue }
                }
                var fragment = bucketStarts[letter]
                let last = bucketEnds[letter]
                while fragment < last {
                    let start = starts[fragment]
                    let length = ends[fragment] - start
                    if length <= value.count - index && result & fragmentBits[fragment] != fragmentBits[fragment] {
                        var offset = 1
                        while offset < length, value[index + offset] | 0x20 == fragments[start + offset] { offset += 1 }
                        if offset == length { result |= fragmentBits[fragment] }
                    }
                    fragment += 1
                }
            }
            return result
        }
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    @inline(__always)
    private static func isLower(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }

    @inline(__always)
    private static func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
}
