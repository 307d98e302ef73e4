/// An encoding of the WHATWG Encoding Standard, identified by its canonical name.
///
/// Every encoding the standard defines has a constant (``utf8``, ``windows1252``, ``shiftJIS``, …,
/// generated from the standard's table by `Scripts/generate_encodings.py`); ``init(label:)`` maps any
/// of its 228 labels (`"latin1"`, `"x-sjis"`, `"csiso2022kr"`, …) to one of them.
public struct CharacterEncoding: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The encoding's position in the standard's table (and in `canonicalNames`).
    let index: UInt8

    init(index: UInt8) {
        precondition(Int(index) < Self.count, "CharacterEncoding index out of range")
        self.index = index
    }

    /// Every encoding of the standard, in its order (UTF-8 first, x-user-defined last).
    public static let allCases: [CharacterEncoding] = (0..<count).map { CharacterEncoding(index: UInt8($0)) }

    /// The canonical name, spelled as the Encoding Standard spells it: `"UTF-8"`,
    /// `"windows-1252"`, `"Shift_JIS"`, `"gb18030"`.
    public var name: String { Self.canonicalNames[Int(index)] }

    /// The canonical name.
    public var description: String { name }

    /// Encoding Standard 4.2 "get an encoding": the encoding a label names.
    ///
    /// Leading and trailing ASCII whitespace is removed and the label is compared ASCII
    /// case-insensitively with the standard's labels, so `" UTF8 "` and `"Latin1"` both resolve.
    ///
    /// - Parameter label: A label such as a `<meta charset>` value or an HTTP `charset` parameter.
    /// - Returns: `nil` ("failure") when no encoding has this label.
    public init?(label: String) {
        var label = label
        guard let encoding = label.withUTF8({ Self.lookUp(label: $0) }) else { return nil }
        self = encoding
    }

    /// "Get an encoding" over the bytes of a label (isomorphic-decoded, so non-ASCII bytes never match).
    static func lookUp(label: UnsafeBufferPointer<UInt8>) -> CharacterEncoding? {
        var start = 0
        var end = label.count
        while start < end, isASCIIWhitespace(label[start]) { start += 1 }
        while end > start, isASCIIWhitespace(label[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        let trimmed = UnsafeBufferPointer(rebasing: label[start..<end])

        // Binary search over the bytewise-sorted labels, comparing ASCII-lowercased input.
        var low = 0
        var high = labelCount
        while low < high {
            let middle = (low + high) / 2
            let order = compare(labelAt: middle, lowercasing: trimmed)
            if order == 0 { return CharacterEncoding(index: labelEncodings[middle]) }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Whether this is one of the standard's legacy single-byte encodings (ASCII in 0x00–0x7F and
    /// one code point or an error per byte above).
    var isLegacySingleByte: Bool { Self.isLegacySingleByte[Int(index)] }

    /// Encoding Standard 4.1: UTF-16BE/LE, the two UTF-16 encodings.
    var isUTF16: Bool { self == .utf16LE || self == .utf16BE }

    /// Three-way bytewise comparison of label `entry` with `bytes` lowercased: negative when the
    /// label sorts first.
    private static func compare(labelAt entry: Int, lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let start = Int(labelEnds[entry])
        let length = Int(labelEnds[entry + 1]) - start
        // SAFETY: `labelBytes` is a program-lifetime literal and `labelEnds` holds offsets into it.
        let label = labelBytes.utf8Start + start
        for offset in 0..<min(length, bytes.count) {
            let byte = bytes[offset]
            let lowered = (byte &- UInt8(ascii: "A")) < 26 ? byte | 0x20 : byte
            if label[offset] != lowered { return Int(label[offset]) - Int(lowered) }
        }
        return length - bytes.count
    }

    /// Encoding Standard: ASCII whitespace is tab, line feed, form feed, carriage return and space.
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
