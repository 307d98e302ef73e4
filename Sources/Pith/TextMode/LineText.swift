/// Word-level reading of a line: the words as the scorer counts them (runs of letters and
/// digits; each CJK ideograph a word of its own, since those scripts do not space words).
enum LineText {
    /// The number of words in `text`.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isIdeographic {
                count += 1
                inWord = false
            } else if isWordScalar(scalar) {
                if !inWord { count += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return count
    }

    /// The lowercased words of `text`, at most `limit`.
    static func words(_ text: String, limit: Int = TextModeHeuristics.maximumWordsRead) -> [Substring] {
        let lowered = text.lowercased()
        var result: [Substring] = []
        var start: String.Index?
        var index = lowered.startIndex
        let scalars = lowered.unicodeScalars
        while index < lowered.endIndex, result.count < limit {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.properties.isIdeographic {
                if let begin = start { result.append(lowered[begin..<index]) }
                start = nil
                result.append(lowered[index..<next])
            } else if isWordScalar(scalar) {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(lowered[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start, result.count < limit { result.append(lowered[begin...]) }
        return result
    }

    /// Letters, digits and combining marks (which belong to the letter before them).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// `text` lowercased with everything but words dropped, for comparing lines ("Share!" and
    /// "share" are the same line).
    static func normalized(_ text: String) -> String {
        words(text).joined(separator: " ")
    }
}
