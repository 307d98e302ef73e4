/// Counting text the way the WCXB scorer tokenizes it: runs of word characters (letters, digits,
/// marks, connector punctuation, as Python's `\w`).
enum TextWords {
    /// The number of `\w+` runs in `text`, and its non-whitespace characters.
    static func count(_ text: Substring.UnicodeScalarView) -> (words: Int, characters: Int) {
        var words = 0
        var characters = 0
        var inWord = false
        for scalar in text {
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

    /// Lowercased `\w+` tokens of `text`.
    static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        let lower = text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) ? text : text.lowercased()
        var start: String.Index?
        var index = lower.startIndex
        while index < lower.endIndex {
            let scalar = lower.unicodeScalars[index]
            if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begin = start {
                tokens.append(lower[begin..<index])
                start = nil
            }
            index = lower.unicodeScalars.index(after: index)
        }
        if let begin = start { tokens.append(lower[begin...]) }
        return tokens
    }
}
