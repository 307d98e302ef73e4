/// Byte constants and classes the tokenizer and tree builder test against.
enum ASCII {
    static let null: UInt8 = 0x00
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let formFeed: UInt8 = 0x0C
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamationMark = UInt8(ascii: "!")
    static let quotationMark = UInt8(ascii: "\"")
    static let numberSign = UInt8(ascii: "#")
    static let ampersand = UInt8(ascii: "&")
    static let apostrophe = UInt8(ascii: "'")
    static let hyphen = UInt8(ascii: "-")
    static let solidus = UInt8(ascii: "/")
    static let semicolon = UInt8(ascii: ";")
    static let lessThan = UInt8(ascii: "<")
    static let equals = UInt8(ascii: "=")
    static let greaterThan = UInt8(ascii: ">")
    static let questionMark = UInt8(ascii: "?")
    static let rightBracket = UInt8(ascii: "]")
    static let graveAccent = UInt8(ascii: "`")

    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Tab, line feed, form feed, space: ASCII whitespace once preprocessing has turned every
    /// carriage return into a line feed.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == lineFeed || byte == tab || byte == formFeed
    }

    @inline(__always)
    static func isAlpha(_ byte: UInt8) -> Bool { ((byte | 0x20) &- UInt8(ascii: "a")) < 26 }

    @inline(__always)
    static func isUpperAlpha(_ byte: UInt8) -> Bool { (byte &- UInt8(ascii: "A")) < 26 }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { (byte &- UInt8(ascii: "0")) < 10 }

    @inline(__always)
    static func isHexDigit(_ byte: UInt8) -> Bool { isDigit(byte) || ((byte | 0x20) &- UInt8(ascii: "a")) < 6 }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 { isUpperAlpha(byte) ? byte | 0x20 : byte }
}
