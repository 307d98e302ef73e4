/// A piece of text as the date parser sees it: a number, a word, a punctuation mark, or one of the
/// CJK date marks (年 月 日, 년 월 일).
struct DateToken: Sendable {
    enum Kind: UInt8, Sendable {
        case number
        case word
        case punctuation
        case yearMark
        case monthMark
        case dayMark
    }

    var kind: Kind
    /// A number's value (saturated at ``DateHeuristics/maximumNumberDigits`` digits); a punctuation
    /// mark's scalar value.
    var value: Int = 0
    /// How many digits a number has ("05" has two).
    var digits: Int = 0
    /// A word, lowercased, without a trailing abbreviation dot.
    var word: Substring = ""
    /// Whether white space separates this token from the previous one.
    var isSpaced = false
    /// The offset of the token's first scalar in the text.
    var offset = 0

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { kind == .punctuation && value == Int(scalar.value) }
    func isWord(_ spelling: String) -> Bool { kind == .word && word == spelling }
}

/// Splits text into ``DateToken``s.
enum DateTokenizer {
    /// The tokens of `text`, at most `limit` of them.
    ///
    /// - Complexity: O(n) in the text length.
    static func tokens(of text: String, limit: Int = .max) -> [DateToken] {
        var tokens: [DateToken] = []
        var spaced = false
        var offset = 0
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, tokens.count < limit {
            let scalar = scalars[index]
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                var token = DateToken(kind: .number, isSpaced: spaced, offset: offset)
                while index < scalars.count, scalars[index].value >= 0x30 && scalars[index].value <= 0x39 {
                    if token.digits < DateHeuristics.maximumNumberDigits {
                        token.value = token.value * 10 + Int(scalars[index].value - 0x30)
                    }
                    token.digits += 1
                    index += 1
                }
                offset += token.digits
                tokens.append(token)
                spaced = false
                continue
            }
            if let mark = cjkMark(scalar) {
                tokens.append(DateToken(kind: mark, isSpaced: spaced, offset: offset))
                spaced = false
                index += 1
                offset += 1
                continue
            }
            if scalar.properties.isAlphabetic {
                let start = index
                while index < scalars.count, scalars[index].properties.isAlphabetic, cjkMark(scalars[index]) == nil,
                    !(scalars[index].value >= 0x30 && scalars[index].value <= 0x39)
                {
                    index += 1
                }
                let word = String(String.UnicodeScalarView(scalars[start..<index])).lowercased()[...]
                let length = index - start
                // An abbreviation's dot belongs to the word ("Dec." is "dec").
                if index < scalars.count, scalars[index] == ".", length <= DateHeuristics.maximumAbbreviationLength {
                    index += 1
                }
                tokens.append(DateToken(kind: .word, word: word, isSpaced: spaced, offset: offset))
                offset += index - start
                spaced = false
                continue
            }
            if scalar.properties.isWhitespace || value == 0xA0 {
                spaced = true
            } else {
                tokens.append(DateToken(kind: .punctuation, value: Int(value), isSpaced: spaced, offset: offset))
                spaced = false
            }
            index += 1
            offset += 1
        }
        return tokens
    }

    private static func cjkMark(_ scalar: Unicode.Scalar) -> DateToken.Kind? {
        switch scalar {
        case "年", "년": return .yearMark
        case "月", "월": return .monthMark
        case "日", "일", "号": return .dayMark
        default: return nil
        }
    }
}
