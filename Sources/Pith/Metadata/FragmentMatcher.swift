/// Finds vocabulary fragments in `class` and `id` values at the start of a word.
///
/// A word starts at the beginning, after any byte that is not an ASCII letter (`post-author`,
/// `entry_date`, `meta2date`), or at a lower-to-upper case change (`postDate`). Matching is ASCII
/// case-insensitive. So `byline` is found in `article-byline` and `authorBox`, but `date` is not
/// found in `update` or `candidate`.
enum FragmentMatcher {
    /// Whether any of `fragments` (lowercase ASCII) starts a word of `bytes`.
    ///
    /// - Complexity: O(n · k) in the value length and the number of fragments, but only word
    ///   starts are compared.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ fragments: [[UInt8]]) -> Bool {
        var previous: UInt8 = 0x20
        for index in bytes.indices {
            let byte = bytes[index]
            defer { previous = byte }
            guard isLetter(byte), !isLetter(previous) || (isLower(previous) && isUpper(byte)) else { continue }
            if matches(bytes, at: index, fragments) { return true }
        }
        return false
    }

    /// Whether any of `fragments` starts a space-separated token of `bytes` (`footer`,
    /// `footer-nav`, but not `entry-footer`).
    static func matchesTokenStart(_ bytes: UnsafeBufferPointer<UInt8>, _ fragments: [[UInt8]]) -> Bool {
        var previous: UInt8 = 0x20
        for index in bytes.indices {
            let byte = bytes[index]
            defer { previous = byte }
            guard byte != 0x20, previous == 0x20 || previous == 0x09 || previous == 0x0A else { continue }
            if matches(bytes, at: index, fragments) { return true }
        }
        return false
    }

    @inline(__always)
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ fragments: [[UInt8]]) -> Bool {
        for fragment in fragments where fragment.count <= bytes.count - index {
            var offset = 0
            while offset < fragment.count, bytes[index + offset] | 0x20 == fragment[offset] { offset += 1 }
            if offset == fragment.count { return true }
        }
        return false
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    @inline(__always)
    private static func isLower(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "a") < 26 }

    @inline(__always)
    private static func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
}
