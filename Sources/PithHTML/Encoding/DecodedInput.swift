/// A document's bytes decoded to UTF-8, with the encoding detection that decoded them.
public struct DecodedInput: Sendable {
    /// The document as UTF-8: byte order mark removed, invalid input replaced by U+FFFD, newlines
    /// left as they were (the parser's input preprocessing normalises them).
    public var utf8: [UInt8]

    /// The encoding the bytes were decoded with, and the step that chose it.
    public let detection: EncodingDetection

    /// How many double-encoded characters ("â€™" for "’") decoding repaired; see
    /// `DoubleEncodingRepair`.
    public let repairedCharacters: Int

    /// Creates a decoded input.
    ///
    /// - Parameters:
    ///   - utf8: The decoded document.
    ///   - detection: The encoding it was decoded with.
    ///   - repairedCharacters: How many double-encoded characters were repaired.
    public init(utf8: [UInt8], detection: EncodingDetection, repairedCharacters: Int = 0) {
        self.utf8 = utf8
        self.detection = detection
        self.repairedCharacters = repairedCharacters
    }
}
