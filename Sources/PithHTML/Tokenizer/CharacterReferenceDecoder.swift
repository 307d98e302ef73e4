/// Decodes character references (`&amp;`, `&#8217;`, `&#x27;`) in text that did not go through the
/// tokenizer: JSON-LD script contents, doubly escaped attribute values.
///
/// It follows the spec's reference rules loosely (13.2.5.72–80): named references by longest match
/// of the generated table, with or without `;`; numeric ones decimal or hexadecimal, with zero,
/// surrogates and out-of-range values becoming U+FFFD. It reports no errors: callers use it on text
/// that is already known to be content.
package enum CharacterReferenceDecoder {
    /// Whether `bytes` contain an `&` at all (the cheap check before decoding).
    package static func mayContainReferences(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains(ASCII.ampersand)
    }

    /// `bytes` with every character reference replaced by its characters.
    ///
    /// - Complexity: O(n) in the input length.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == ASCII.ampersand, position + 1 < bytes.count else {
                output.append(byte)
                position += 1
                continue
            }
            let next = bytes[position + 1]
            if next == ASCII.numberSign, let (scalar, length) = numericReference(bytes, at: position + 2) {
                appendUTF8(scalar, to: &output)
                position += 2 + length
            } else if isASCIIAlphanumeric(next),
                let match = NamedCharacterReferences.longestMatch(UnsafeBufferPointer(rebasing: bytes[(position + 1)...]))
            {
                appendUTF8(match.first, to: &output)
                if let second = match.second { appendUTF8(second, to: &output) }
                position += 1 + match.length
            } else {
                output.append(byte)
                position += 1
            }
        }
        return output
    }

    /// `string` with its character references decoded (returned unchanged when it has none).
    package static func decode(_ string: String) -> String {
        guard string.utf8.contains(ASCII.ampersand) else { return string }
        var copy = string
        return copy.withUTF8 { String(decoding: decode($0), as: UTF8.self) }
    }

    /// The scalar of the numeric reference whose digits start at `start` (just after `&#`) and how
    /// many bytes it used, its `;` included; `nil` when no digit follows.
    private static func numericReference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var position = start
        var isHex = false
        if position < bytes.count && (bytes[position] | 0x20) == UInt8(ascii: "x") {
            isHex = true
            position += 1
        }
        let digitsStart = position
        var code: UInt32 = 0
        while position < bytes.count {
            let byte = bytes[position]
            let digit: UInt32
            if ASCII.isDigit(byte) {
                digit = UInt32(byte - UInt8(ascii: "0"))
            } else if isHex && (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte | 0x20) {
                digit = UInt32((byte | 0x20) - UInt8(ascii: "a") + 10)
            } else {
                break
            }
            // Saturate: anything past U+10FFFF is replaced anyway.
            code = min(code &* (isHex ? 16 : 10) &+ digit, 0x11_0000)
            position += 1
        }
        guard position > digitsStart else { return nil }
        if position < bytes.count && bytes[position] == ASCII.semicolon { position += 1 }
        let scalar = Unicode.Scalar(code).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
        return (scalar, position - start)
    }
}
