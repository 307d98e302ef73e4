/// The named character references of the WHATWG spec (13.5), with longest-prefix lookup.
enum NamedCharacterReferences {
    struct Match {
        /// Bytes of the input the name used, after the `&` (its `;` included, if any).
        var length: Int
        var endsWithSemicolon: Bool
        var first: Unicode.Scalar
        var second: Unicode.Scalar?
    }

    /// The longest name that `bytes` (the input just after an `&`) starts with.
    ///
    /// - Complexity: at most ``longestName`` hash lookups, each over at most that many bytes.
    static func longestMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Match? {
        var alphanumerics = 0
        while alphanumerics < bytes.count, alphanumerics < longestName, isASCIIAlphanumeric(bytes[alphanumerics]) {
            alphanumerics += 1
        }
        guard alphanumerics > 0 else { return nil }
        let hasSemicolon = alphanumerics < bytes.count && bytes[alphanumerics] == UInt8(ascii: ";")
        let index = Index.shared
        if hasSemicolon, let entry = index.lookUp(UnsafeBufferPointer(rebasing: bytes[0...alphanumerics])) {
            return match(entry, length: alphanumerics + 1, endsWithSemicolon: true)
        }
        // Names without a semicolon are the legacy ones; take the longest that fits.
        for length in stride(from: alphanumerics, through: 1, by: -1) {
            if let entry = index.lookUp(UnsafeBufferPointer(rebasing: bytes[0..<length])) {
                return match(entry, length: length, endsWithSemicolon: false)
            }
        }
        return nil
    }

    private static func match(_ entry: Int, length: Int, endsWithSemicolon: Bool) -> Match {
        let first = Unicode.Scalar(codePoints[2 * entry])!
        let second = codePoints[2 * entry + 1]
        return Match(
            length: length,
            endsWithSemicolon: endsWithSemicolon,
            first: first,
            second: second == 0 ? nil : Unicode.Scalar(second)
        )
    }

    private static func name(_ entry: Int) -> UnsafeBufferPointer<UInt8> {
        let start = Int(nameEnds[entry])
        let end = Int(nameEnds[entry + 1])
        // SAFETY: `nameBytes` is a program-lifetime literal and `nameEnds` holds offsets into it.
        return UnsafeBufferPointer(start: nameBytes.utf8Start + start, count: end - start)
    }

    /// Open-addressing hash index over the names, built on first use.
    private struct Index: Sendable {
        static let shared = Index()
        let slots: [Int32]
        let mask: Int

        init() {
            var capacity = 1
            while capacity < NamedCharacterReferences.count * 4 { capacity <<= 1 }
            var slots = [Int32](repeating: -1, count: capacity)
            for entry in 0..<NamedCharacterReferences.count {
                var slot = Int(truncatingIfNeeded: nameHash(name(entry))) & (capacity - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(entry)
            }
            self.slots = slots
            self.mask = capacity - 1
        }

        func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            var slot = Int(truncatingIfNeeded: nameHash(bytes)) & mask
            while slots[slot] >= 0 {
                let entry = Int(slots[slot])
                if bytesEqual(name(entry), bytes) { return entry }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }
}

@inline(__always)
func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (byte &- UInt8(ascii: "0")) < 10 || ((byte | 0x20) &- UInt8(ascii: "a")) < 26
}
