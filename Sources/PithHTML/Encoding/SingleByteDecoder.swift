/// The Encoding Standard's single-byte decoder (9.1) and x-user-defined decoder (14.5), by table.
///
/// Every legacy single-byte encoding is ASCII below 0x80; its upper half is asked of iconv once per
/// document (128 one-byte conversions) and the document is then decoded by table lookup, which is
/// both faster than streaming through iconv and closer to the standard: with no converter state,
/// glibc's windows-1258 (and windows-1255) converters cannot merge a letter and the combining
/// mark after it into one precomposed letter, which the standard's decoders never do.
struct SingleByteDecoder {
    /// UTF-8 for each byte 0x80–0xFF: `utf8[4 * (byte - 0x80) ..< 4 * (byte - 0x80) + length]`.
    private var utf8 = [UInt8](repeating: 0, count: 128 * 4)
    private var lengths = [UInt8](repeating: 0, count: 128)

    /// The table for a legacy single-byte encoding, or `nil` if this system's iconv lacks it.
    init?(_ encoding: CharacterEncoding) {
        guard let iconvName = encoding.iconvName, let iconv = IconvDecoder(from: iconvName) else { return nil }
        let fillsControls = encoding.name.hasPrefix("windows-")
        for byte in UInt8(0x80)...0xFF {
            if let decoded = iconv.decodeByte(byte) {
                set(byte, decoded)
            } else if fillsControls && byte < 0xA0 {
                // The standard's windows-* indexes give the bytes Windows leaves unassigned in
                // 0x80–0x9F the C1 control of the same value (windows-1252 0x81 is U+0081); iconv
                // rejects them.
                set(byte, [0xC2, byte])
            } else {
                set(byte, UTF8Decoder.replacementCharacter)
            }
        }
    }

    /// The x-user-defined table: byte 0x80 + n is U+F780 + n.
    static let xUserDefined: SingleByteDecoder = {
        var decoder = SingleByteDecoder()
        for byte in UInt8(0x80)...0xFF {
            var scalar: [UInt8] = []
            UTF8Decoder.append(0xF780 + UInt32(byte - 0x80), to: &scalar)
            decoder.set(byte, scalar)
        }
        return decoder
    }()

    private init() {}

    private mutating func set(_ byte: UInt8, _ decoded: [UInt8]) {
        precondition(decoded.count <= 4, "a single-byte encoding decodes a byte to one BMP code point")
        let slot = Int(byte - 0x80)
        for (offset, value) in decoded.enumerated() { utf8[4 * slot + offset] = value }
        lengths[slot] = UInt8(decoded.count)
    }

    /// The UTF-8 that `byte` (0x80–0xFF) decodes to.
    func decoded(_ byte: UInt8) -> ArraySlice<UInt8> {
        let slot = Int(byte - 0x80)
        return utf8[4 * slot ..< 4 * slot + Int(lengths[slot])]
    }

    /// Decodes `bytes`, appending UTF-8 to `output`.
    ///
    /// - Complexity: O(n); ASCII runs are copied whole.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count + bytes.count / 2)
        utf8.withUnsafeBufferPointer { utf8 in
            lengths.withUnsafeBufferPointer { lengths in
                var index = 0
                while index < bytes.count {
                    let runStart = index
                    while index < bytes.count, bytes[index] < 0x80 { index += 1 }
                    if index > runStart {
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    }
                    while index < bytes.count, bytes[index] >= 0x80 {
                        let slot = Int(bytes[index] - 0x80)
                        let length = Int(lengths[slot])
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[(4 * slot)..<(4 * slot + length)]))
                        index += 1
                    }
                }
            }
        }
    }
}
