/// The Encoding Standard's shared UTF-16 decoder (8.2.1) for UTF-16LE and UTF-16BE, writing UTF-8.
///
/// Unpaired surrogates and a final odd byte each become U+FFFD; a lead surrogate followed by a
/// non-trail code unit yields U+FFFD and that code unit is read again.
enum UTF16Decoder {
    /// Decodes `bytes` (BOM already removed) and appends the UTF-8 to `output`.
    ///
    /// - Parameter bigEndian: `true` for UTF-16BE.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count + bytes.count / 2)
        var index = 0
        var leadSurrogate: UInt32? = nil
        while index + 1 < bytes.count {
            let first = UInt32(bytes[index])
            let second = UInt32(bytes[index + 1])
            let unit = bigEndian ? (first << 8 | second) : (second << 8 | first)
            index += 2
            if let lead = leadSurrogate {
                leadSurrogate = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    UTF8Decoder.append(0x10000 + ((lead - 0xD800) << 10) + (unit - 0xDC00), to: &output)
                    continue
                }
                // Not a trail surrogate: an error, and this code unit is processed on its own.
                output.append(contentsOf: UTF8Decoder.replacementCharacter)
            }
            switch unit {
            case 0xD800...0xDBFF: leadSurrogate = unit
            case 0xDC00...0xDFFF: output.append(contentsOf: UTF8Decoder.replacementCharacter)
            default: UTF8Decoder.append(unit, to: &output)
            }
        }
        // End of input: a pending lead surrogate or a lone byte is one error.
        if leadSurrogate != nil || index < bytes.count {
            output.append(contentsOf: UTF8Decoder.replacementCharacter)
        }
    }
}
