/// 13.2.3.5 Preprocessing the input stream: every CR LF pair and every lone CR becomes one LF.
///
/// Runs before tokenization, so no tokenizer state ever sees a CR. Input without CR is returned
/// as is (no copy); otherwise the bytes after each CR move down in place, sixteen at a time.
package func normalizeNewlines(_ bytes: inout [UInt8]) {
    let firstCarriageReturn = bytes.withUnsafeBufferPointer {
        ByteScan.firstIndex(in: $0, from: 0, of: ASCII.carriageReturn, ASCII.carriageReturn)
    }
    normalizeNewlines(&bytes, firstCarriageReturn: firstCarriageReturn)
}

/// ``normalizeNewlines(_:)`` when the first CR is known (`bytes.count` if there is none).
func normalizeNewlines(_ bytes: inout [UInt8], firstCarriageReturn: Int) {
    guard firstCarriageReturn < bytes.count else { return }
    let length = bytes.withUnsafeMutableBufferPointer {
        ByteScan.normalizeNewlines(in: $0, from: firstCarriageReturn)
    }
    bytes.removeLast(bytes.count - length)
}

/// The parse errors 13.2.3.5 attaches to code points of the input stream itself: surrogates,
/// noncharacters and controls other than ASCII whitespace and U+0000, with their byte offsets.
///
/// Only callers that collect parse errors need this scan; it reads UTF-8 (and WTF-8 surrogates).
package func inputStreamErrors(in bytes: UnsafeBufferPointer<UInt8>) -> [(error: ParseError, offset: Int)] {
    var errors: [(error: ParseError, offset: Int)] = []
    var index = 0
    while index < bytes.count {
        let lead = bytes[index]
        var scalar = UInt32(lead)
        var length = 1
        if lead >= 0xF0, index + 3 < bytes.count {
            scalar = (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
            length = 4
        } else if lead >= 0xE0, index + 2 < bytes.count {
            scalar = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
            length = 3
        } else if lead >= 0xC0, index + 1 < bytes.count {
            scalar = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F)
            length = 2
        }
        if (0xD800...0xDFFF).contains(scalar) {
            errors.append((.surrogateInInputStream, index))
        } else if (0xFDD0...0xFDEF).contains(scalar) || (scalar & 0xFFFE == 0xFFFE && length > 1) {
            errors.append((.noncharacterInInputStream, index))
        } else if (scalar < 0x20 && scalar != 0 && !ASCII.isWhitespace(UInt8(scalar))) || (0x7F...0x9F).contains(scalar) {
            errors.append((.controlCharacterInInputStream, index))
        }
        index += length
    }
    return errors
}
