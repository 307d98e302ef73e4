/// Small text clean-ups shared by the metadata readers.
enum TextNormalization {
    /// `text` with every run of white space (Unicode's, no-break spaces included) replaced by one
    /// space, and none at either end.
    static func collapsingWhitespace(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value == 0xA0 || scalar.value == 0x200B || scalar.value == 0xFEFF {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// A key for comparing two texts loosely: lowercased letters and digits only, so quotes,
    /// dashes, punctuation and spacing do not matter ("What's new?" ≈ "What’s New").
    static func comparisonKey(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars
        where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            result.append(scalar)
        }
        return String(result)
    }

    /// Whether `text` has at least one letter.
    static func hasLetter(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
