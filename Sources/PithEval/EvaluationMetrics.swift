/// The metrics of `../shared/tools/score.py`, computed the same way (see `../shared/README.md`).
public enum EvaluationMetrics {
    /// Lowercased `\w+` tokens, as the scorer's `re.findall(r"\w+", text.lower())`.
    public static func tokens(_ text: String) -> [Substring] {
        ScorerTokens.tokens(text)
    }

    /// Word-level precision, recall and F1 of `prediction` against `reference` (multiset overlap).
    public static func wordPRF(prediction: String, reference: String) -> (precision: Double, recall: Double, f1: Double) {
        let predicted = tokens(prediction)
        let expected = tokens(reference)
        if expected.isEmpty {
            let value = predicted.isEmpty ? 1.0 : 0.0
            return (value, value, value)
        }
        if predicted.isEmpty { return (0, 0, 0) }
        var counts: [Substring: Int] = [:]
        for token in expected { counts[token, default: 0] += 1 }
        var overlap = 0
        for token in predicted {
            if let count = counts[token], count > 0 {
                overlap += 1
                counts[token] = count - 1
            }
        }
        let precision = Double(overlap) / Double(predicted.count)
        let recall = Double(overlap) / Double(expected.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return (precision, recall, f1)
    }

    /// The share of `snippets` found in `text` (case-insensitive substring).
    public static func snippetRate(_ text: String, _ snippets: [String]) -> Double {
        guard !snippets.isEmpty else { return 0 }
        let lowered = pythonLowercased(text)
        return Double(snippets.filter { containsCodePoints(lowered, pythonLowercased($0)) }.count) / Double(snippets.count)
    }

    /// Python's `needle in haystack`: a code-point substring test (Swift's `contains` would compare
    /// grapheme clusters, which differs when a snippet ends before a combining mark).
    public static func containsCodePoints(_ haystack: String, _ needle: String) -> Bool {
        let text = Array(haystack.utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= text.count else { return false }
        let first = pattern[0]
        var index = 0
        let last = text.count - pattern.count
        while index <= last {
            if text[index] == first {
                var offset = 1
                while offset < pattern.count && text[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            index += 1
        }
        return false
    }

    /// Whitespace runs collapsed to one space and trimmed (the scorer's `_ws` / `_norm_space`).
    public static func normalizeSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Python's `str.lower()` for the cases that matter here (Swift's lowercased agrees on the
    /// dev sets' scripts).
    static func pythonLowercased(_ text: String) -> String { text.lowercased() }
}

/// Tokenising as Python's `re` does with `\w` on `str`: characters for which `str.isalnum()` holds
/// (letters of categories L*, and characters with a numeric value), and the underscore. Combining
/// marks are not word characters there, so they split words.
enum ScorerTokens {
    static func tokens(_ text: String) -> [Substring] {
        let lowered = text.lowercased()
        var result: [Substring] = []
        var start: String.Index?
        var index = lowered.startIndex
        let scalars = lowered.unicodeScalars
        while index < lowered.endIndex {
            let scalar = scalars[index]
            if isWord(scalar) {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(lowered[begin..<index])
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begin = start { result.append(lowered[begin...]) }
        return result
    }

    /// Python's `\w` for `str` patterns: alphanumeric (`str.isalnum`) or `_`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return true
        case .decimalNumber, .letterNumber, .otherNumber:
            // Python's isalnum counts characters with a numeric value (isdecimal/isdigit/isnumeric).
            return properties.numericType != nil
        default:
            return properties.numericType != nil
        }
    }
}
