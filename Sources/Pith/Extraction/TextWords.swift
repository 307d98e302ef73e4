/// Counting text the way the WCXB scorer tokenizes it: runs of word characters (letters, digits,
/// marks, connector punctuation, as Python's `\w`).
enum TextWords {
    /// The number of `\w+` runs in `text`, and its non-whitespace characters.
    ///
    /// A `String`'s own scalar view, whose iterator decodes the UTF-8 in place; a `Substring`'s
    /// went through a checked index and subscript per scalar.
    static func count(_ text: String) -> (words: Int, characters: Int) {
        var words = 0
        var characters = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
            if !ScalarClass.isWhitespace(scalar) { characters += 1 }
        }
        return (words, characters)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark || properties.generalCategory == .connectorPunctuation
    }

    /// Calls `body` with the UTF-8 bytes of each lowercased `\w+` token of `text`, in order.
    ///
    /// The tokens are those of `text.lowercased()` (which maps each scalar to its lowercase
    /// mapping), built in one reused buffer instead of a lowercased copy and a `Substring` each.
    static func forEachToken(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var token: [UInt8] = []
        token.reserveCapacity(initialTokenCapacity)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                if isWordScalar(scalar) {
                    token.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else if !token.isEmpty {
                    token.withUnsafeBufferPointer(body)
                    token.removeAll(keepingCapacity: true)
                }
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                if isWordScalar(lower) {
                    token.append(contentsOf: UTF8.encode(lower)!)
                } else if !token.isEmpty {
                    token.withUnsafeBufferPointer(body)
                    token.removeAll(keepingCapacity: true)
                }
            }
        }
        if !token.isEmpty { token.withUnsafeBufferPointer(body) }
    }

    /// Room for a typical token, so the buffer rarely grows.
    private static let initialTokenCapacity = 32
}
