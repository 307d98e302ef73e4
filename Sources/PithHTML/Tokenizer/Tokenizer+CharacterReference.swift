/// Character references (13.2.5.72–80), run as one look-ahead step from the `&`.
///
/// The whole input is in memory, so instead of the spec's eight states this reads ahead, decides,
/// and consumes; the result, errors included, is the same as stepping through the states.
extension Tokenizer {
    /// Consumes the character reference after an `&` (already consumed) in the data state, RCDATA
    /// or an attribute value, and appends its characters to the text or the attribute value.
    mutating func consumeCharacterReference(inAttribute: Bool) {
        let ampersand = position - 1
        guard !isAtEnd else { return flushLiteral(from: ampersand, inAttribute: inAttribute) }
        let byte = current
        if isASCIIAlphanumeric(byte) {
            namedCharacterReference(from: ampersand, inAttribute: inAttribute)
        } else if byte == ASCII.numberSign {
            position += 1
            numericCharacterReference(from: ampersand, inAttribute: inAttribute)
        } else {
            flushLiteral(from: ampersand, inAttribute: inAttribute)
        }
    }

    /// 13.2.5.73 Named character reference state and 13.2.5.74 ambiguous ampersand state.
    private mutating func namedCharacterReference(from ampersand: Int, inAttribute: Bool) {
        if let common = CommonReference.match(ByteScan.prefixWord(input, from: position, count: input.count - position)) {
            // A name that ends with `;` is the longest match there is (no name has a `;` inside).
            position += common.length
            var decoded = DecodedReference()
            decoded.append(common.scalar)
            return flushDecoded(decoded, inAttribute: inAttribute)
        }
        let rest = UnsafeBufferPointer(rebasing: input[position...])
        guard let match = NamedCharacterReferences.longestMatch(rest) else {
            // Ambiguous ampersand: the alphanumerics stay text; `;` right after them is an error.
            var end = position
            while end < input.count && isASCIIAlphanumeric(input[end]) { end += 1 }
            if end < input.count && input[end] == ASCII.semicolon {
                position = end
                error(.unknownNamedCharacterReference)
            }
            position = end
            return flushLiteral(from: ampersand, inAttribute: inAttribute)
        }
        position += match.length
        if inAttribute && !match.endsWithSemicolon && !isAtEnd
            && (current == ASCII.equals || isASCIIAlphanumeric(current))
        {
            // Legacy: in attribute values, `&copy=` and `&copyx` stay as written.
            return flushLiteral(from: ampersand, inAttribute: inAttribute)
        }
        if !match.endsWithSemicolon { error(.missingSemicolonAfterCharacterReference) }
        var decoded = DecodedReference()
        decoded.append(match.first)
        if let second = match.second { decoded.append(second) }
        flushDecoded(decoded, inAttribute: inAttribute)
    }

    /// 13.2.5.75–80 Numeric character reference states; `position` is just after `&#`.
    private mutating func numericCharacterReference(from ampersand: Int, inAttribute: Bool) {
        var isHex = false
        if !isAtEnd && (current | 0x20) == UInt8(ascii: "x") {
            isHex = true
            position += 1
        }
        let digitsStart = position
        var code: UInt32 = 0
        while position < input.count {
            let byte = input[position]
            let digit: UInt32
            if ASCII.isDigit(byte) {
                digit = UInt32(byte - UInt8(ascii: "0"))
            } else if isHex && ASCII.isHexDigit(byte) {
                digit = UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
            } else {
                break
            }
            // Saturate: anything past U+10FFFF is out of range whatever follows.
            code = min(code &* (isHex ? 16 : 10) &+ digit, 0x11_0000)
            position += 1
        }
        guard position > digitsStart else {
            // 13.2.5.76/77: no digits; `&#` or `&#x` is text.
            position = digitsStart
            error(.absenceOfDigitsInNumericCharacterReference)
            return flushLiteral(from: ampersand, inAttribute: inAttribute)
        }
        if !isAtEnd && current == ASCII.semicolon {
            position += 1
        } else {
            error(.missingSemicolonAfterCharacterReference)
        }
        // 13.2.5.80 Numeric character reference end state.
        var scalar: UInt32 = code
        if code == 0 {
            error(.nullCharacterReference)
            scalar = 0xFFFD
        } else if code > 0x10FFFF {
            error(.characterReferenceOutsideUnicodeRange)
            scalar = 0xFFFD
        } else if (0xD800...0xDFFF).contains(code) {
            error(.surrogateCharacterReference)
            scalar = 0xFFFD
        } else if isNoncharacter(code) {
            error(.noncharacterCharacterReference)
        } else if code == 0x0D || (isControl(code) && !isASCIIWhitespaceScalar(code)) {
            error(.controlCharacterReference)
            if (0x80...0x9F).contains(code), let replacement = windows1252Replacements[Int(code - 0x80)] {
                scalar = replacement
            }
        }
        var decoded = DecodedReference()
        decoded.append(Unicode.Scalar(scalar)!)
        flushDecoded(decoded, inAttribute: inAttribute)
    }

    /// "Flush code points consumed as a character reference" when they are literal text.
    private mutating func flushLiteral(from ampersand: Int, inAttribute: Bool) {
        if inAttribute {
            appendInputToAttributeValue(from: ampersand, to: position)
        } else {
            emitInput(from: ampersand, to: position)
        }
    }

    private mutating func flushDecoded(_ decoded: DecodedReference, inAttribute: Bool) {
        decoded.withBytes { bytes in
            if inAttribute {
                appendDecodedToAttributeValue(bytes)
            } else {
                emitBytes(bytes)
            }
        }
    }
}

/// The named references pages use most, recognised from the prefix word of the input after the
/// `&` (eight bytes, little-endian: the first byte is the low byte) without the table's lookup.
///
/// `Tests/PithHTMLTests/Tokenizer/CommonReferenceTests.swift` checks each against the table.
enum CommonReference {
    /// The names recognised, each with its `;`.
    static let names = ["amp;", "lt;", "gt;", "quot;", "nbsp;"]

    /// The reference `word` starts with, if it is one of ``names``: the words are the names'
    /// bytes, low byte first, and the masks keep as many bytes as a name has.
    @inline(__always)
    static func match(_ word: UInt64) -> (length: Int, scalar: Unicode.Scalar)? {
        if word & 0xFFFF_FFFF == 0x3B70_6D61 { return (4, "&") }
        if word & 0xFF_FFFF == 0x3B_746C { return (3, "<") }
        if word & 0xFF_FFFF == 0x3B_7467 { return (3, ">") }
        if word & 0xFF_FFFF_FFFF == 0x3B_746F_7571 { return (5, "\"") }
        if word & 0xFF_FFFF_FFFF == 0x3B_7073_626E { return (5, "\u{A0}") }
        return nil
    }
}

/// The replacement table of 13.2.5.80 for references to C1 controls (index: code point − 0x80).
private let windows1252Replacements: [UInt32?] = [
    0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
    nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
]

private func isNoncharacter(_ code: UInt32) -> Bool {
    (0xFDD0...0xFDEF).contains(code) || (code & 0xFFFE) == 0xFFFE
}

private func isControl(_ code: UInt32) -> Bool {
    code <= 0x1F || (0x7F...0x9F).contains(code)
}

private func isASCIIWhitespaceScalar(_ code: UInt32) -> Bool {
    code == 0x09 || code == 0x0A || code == 0x0C || code == 0x0D || code == 0x20
}

/// The UTF-8 of a decoded character reference (at most two scalars, eight bytes), held in one word
/// so that decoding a reference allocates nothing.
struct DecodedReference {
    private var word: UInt64 = 0
    private var count = 0

    mutating func append(_ scalar: Unicode.Scalar) {
        UTF8.encode(scalar) { byte in
            word |= UInt64(byte) << UInt64(count * 8)
            count += 1
        }
    }

    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeBytes(of: word.littleEndian) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
        }
    }
}
