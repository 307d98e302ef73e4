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
    /// The UTF-8 offset of the token's first byte in the text.
    var offset = 0

    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { kind == .punctuation && value == Int(scalar.value) }
    func isWord(_ spelling: String) -> Bool { kind == .word && word == spelling }
}

/// Splits text into ``DateToken``s, reading UTF-8 bytes: ASCII by byte class, other scalars by
/// their Unicode properties.
enum DateTokenizer {
    /// The tokens of `text`, at most `limit` of them.
    ///
    /// - Complexity: O(n) in the text length.
    static func tokens(of text: String, limit: Int = .max) -> [DateToken] {
        var text = text
        return text.withUTF8 { tokens(of: $0, limit: limit) }
    }

    static func tokens(of bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> [DateToken] {
        var tokens: [DateToken] = []
        var spaced = false
        var index = 0
        let count = bytes.count
        while index < count, tokens.count < limit {
            let byte = bytes[index]
            if byte &- UInt8(ascii: "0") < 10 {
                var token = DateToken(kind: .number, isSpaced: spaced, offset: index)
                while index < count, bytes[index] &- UInt8(ascii: "0") < 10 {
                    if token.digits < DateHeuristics.maximumNumberDigits {
                        token.value = token.value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                    }
                    token.digits += 1
                    index += 1
                }
                tokens.append(token)
                spaced = false
                continue
            }
            if byte < 0x80 {
                if isASCIILetter(byte) {
                    let start = index
                    index = wordEnd(bytes, from: index)
                    tokens.append(word(bytes, start, &index, spaced: spaced))
                    spaced = false
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    spaced = true
                    index += 1
                } else {
                    tokens.append(DateToken(kind: .punctuation, value: Int(byte), isSpaced: spaced, offset: index))
                    spaced = false
                    index += 1
                }
                continue
            }
            let (scalar, length) = decode(bytes, at: index)
            if let mark = cjkMark(scalar) {
                tokens.append(DateToken(kind: mark, isSpaced: spaced, offset: index))
                spaced = false
                index += length
            } else if scalar.properties.isWhitespace || scalar.value == 0xA0 || scalar.value == 0x200B {
                spaced = true
                index += length
            } else if scalar.properties.isAlphabetic {
                let start = index
                index = wordEnd(bytes, from: index)
                tokens.append(word(bytes, start, &index, spaced: spaced))
                spaced = false
            } else {
                tokens.append(DateToken(kind: .punctuation, value: Int(scalar.value), isSpaced: spaced, offset: index))
                spaced = false
                index += length
            }
        }
        return tokens
    }

    /// The end of the word starting at `start`: letters, ASCII or not, up to a digit, a CJK mark
    /// or anything else.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard isASCIILetter(byte) else { break }
                index += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: index)
            guard scalar.properties.isAlphabetic, cjkMark(scalar) == nil else { break }
            index += length
        }
        return index
    }

    /// A word token for bytes `start..<end`, lowercased; an abbreviation's dot after it is
    /// consumed ("Dec." is "dec").
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: inout Int, spaced: Bool) -> DateToken {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text: String
        if slice.allSatisfy({ $0 < 0x80 }) {
            text = String(unsafeUninitializedCapacity: slice.count) { buffer in
                for (offset, byte) in slice.enumerated() {
                    buffer[offset] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                }
                return slice.count
            }
        } else {
            text = String(decoding: slice, as: UTF8.self).lowercased()
        }
        // The word's length in scalars matters only before a dot.
        if end < bytes.count, bytes[end] == UInt8(ascii: "."),
            slice.reduce(0, { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }) <= DateHeuristics.maximumAbbreviationLength
        {
            end += 1
        }
        return DateToken(kind: .word, word: text[...], isSpaced: spaced, offset: start)
    }

    /// Decodes the scalar at `index` (replacement character for malformed input).
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always)
    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

    private static func cjkMark(_ scalar: Unicode.Scalar) -> DateToken.Kind? {
        switch scalar {
        case "年", "년": return .yearMark
        case "月", "월": return .monthMark
        case "日", "일", "号": return .dayMark
        default: return nil
        }
    }
}
