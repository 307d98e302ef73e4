/// Decodes one JSONL line: a JSON object whose `url`, `html` and `text` string members are kept
/// and whose other members are validated and skipped.
///
/// Written for this one shape rather than through a general JSON parser: string members decode
/// straight to UTF-8 bytes (no `String` or dictionary in between for a many-megabyte page), and
/// nested values are skipped with an explicit stack, not recursion. Strict JSON (RFC 8259) except
/// that raw control characters inside strings are accepted, as Python's `json` does with
/// `strict=False`; a later duplicate member wins.
struct JSONLineDecoder {
    /// The members kept from a line.
    struct Members {
        var url: String?
        var html: [UInt8]?
        var text: [UInt8]?
    }

    /// A syntax error, with the byte offset in the line where it was found.
    struct SyntaxError: Error {
        var message: String
        var offset: Int
    }

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// Decodes `line` (without its line break).
    static func decode(_ line: UnsafeRawBufferPointer) throws(SyntaxError) -> Members {
        var decoder = JSONLineDecoder(line)
        return try decoder.object()
    }

    private mutating func object() throws(SyntaxError) -> Members {
        var members = Members()
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else { throw fail("a JSONL line must be a JSON object") }
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
        } else {
            var key: [UInt8] = []
            while true {
                key.removeAll(keepingCapacity: true)
                guard peek() == UInt8(ascii: "\"") else { throw fail("expected a member name") }
                try string(into: &key)
                skipWhitespace()
                guard peek() == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
                index += 1
                skipWhitespace()
                try member(named: key, into: &members)
                skipWhitespace()
                guard let next = peek() else { throw fail("unterminated object") }
                index += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else { throw fail("expected ',' or '}'") }
                skipWhitespace()
            }
        }
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected bytes after the object") }
        return members
    }

    private static let urlName = Array("url".utf8)
    private static let htmlName = Array("html".utf8)
    private static let textName = Array("text".utf8)

    /// Reads one member's value, keeping it when it is one of ours.
    private mutating func member(named key: [UInt8], into members: inout Members) throws(SyntaxError) {
        let kept = key == Self.urlName || key == Self.htmlName || key == Self.textName
        guard kept else { return try skipValue() }
        if literal("null") {
            if key == Self.urlName { members.url = nil } else if key == Self.htmlName { members.html = nil } else {
                members.text = nil
            }
            return
        }
        guard peek() == UInt8(ascii: "\"") else {
            throw fail("\"\(String(decoding: key, as: UTF8.self))\" must be a string")
        }
        var value: [UInt8] = []
        try string(into: &value)
        if key == Self.urlName {
            members.url = String(decoding: value, as: UTF8.self)
        } else if key == Self.htmlName {
            members.html = value
        } else {
            members.text = value
        }
    }

    // MARK: Scalars

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// Consumes `word` if it comes next.
    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[index + $0] == expected[$0] }
        }
        if matches { index += count }
        return matches
    }

    /// Decodes a string starting at its opening quote, appending its UTF-8 to `output`.
    private mutating func string(into output: inout [UInt8]) throws(SyntaxError) {
        index += 1  // opening quote
        while true {
            // Copy the run up to the next quote or backslash at once.
            let runStart = index
            while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x5C { index += 1 }
            if index > runStart { output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<index])) }
            guard index < bytes.count else { throw fail("unterminated string") }
            if bytes[index] == 0x22 {
                index += 1
                return
            }
            index += 1  // backslash
            guard index < bytes.count else { throw fail("unterminated escape") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case 0x22, 0x5C, 0x2F: output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"): try unicodeEscape(into: &output)
            default: throw fail("invalid escape")
            }
        }
    }

    /// After `\u`: four hex digits, joined with a following low surrogate escape when it is a high
    /// surrogate. Unpaired surrogates become U+FFFD.
    private mutating func unicodeEscape(into output: inout [UInt8]) throws(SyntaxError) {
        var scalar = try hex4()
        if scalar >= 0xD800, scalar <= 0xDBFF {
            if index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try hex4()
                if low >= 0xDC00, low <= 0xDFFF {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                    scalar = 0xFFFD
                }
            } else {
                scalar = 0xFFFD
            }
        } else if scalar >= 0xDC00, scalar <= 0xDFFF {
            scalar = 0xFFFD
        }
        Self.appendUTF8(scalar, to: &output)
    }

    /// Appends the UTF-8 form of a code point below U+110000 that is not a surrogate.
    private static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            output.append(UInt8(scalar))
        case ..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// A number: `-? int frac? exp?`.
    private mutating func number() throws(SyntaxError) {
        if peek() == UInt8(ascii: "-") { index += 1 }
        guard let first = peek(), isDigit(first) else { throw fail("invalid number") }
        index += 1
        if first != UInt8(ascii: "0") { skipDigits() }
        if peek() == UInt8(ascii: ".") {
            index += 1
            guard let digit = peek(), isDigit(digit) else { throw fail("invalid number") }
            skipDigits()
        }
        if let exponent = peek(), exponent == UInt8(ascii: "e") || exponent == UInt8(ascii: "E") {
            index += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek(), isDigit(digit) else { throw fail("invalid number") }
            skipDigits()
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { index += 1 }
    }

    @inline(never)
    private func fail(_ message: String) -> SyntaxError {
        SyntaxError(message: message, offset: index)
    }
}

extension JSONLineDecoder {
    /// Validates and skips any JSON value, nesting tracked on an explicit stack (bounded by the
    /// line's length).
    fileprivate mutating func skipValue() throws(SyntaxError) {
        var open: [UInt8] = []  // '[' or '{' of each enclosing container
        var scratch: [UInt8] = []
        while true {
            // Expecting a value.
            skipWhitespace()
            guard let byte = peek() else { throw fail("expected a value") }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                index += 1
                skipWhitespace()
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if peek() == close {
                    index += 1
                } else {
                    open.append(byte)
                    if byte == UInt8(ascii: "{") { try memberName(scratch: &scratch) }
                    continue
                }
            case UInt8(ascii: "\""):
                scratch.removeAll(keepingCapacity: true)
                try string(into: &scratch)
            case UInt8(ascii: "-"), 0x30...0x39:
                try number()
            default:
                guard literal("true") || literal("false") || literal("null") else { throw fail("expected a value") }
            }
            // After a value: close containers or move to the next element.
            while true {
                guard let container = open.last else { return }
                skipWhitespace()
                guard let next = peek() else { throw fail("unterminated container") }
                index += 1
                if next == UInt8(ascii: ",") {
                    skipWhitespace()
                    if container == UInt8(ascii: "{") { try memberName(scratch: &scratch) }
                    break
                }
                let close = container == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                guard next == close else { throw fail("expected ',' or a closing bracket") }
                open.removeLast()
            }
        }
    }

    /// A member name and its colon, inside a skipped object.
    private mutating func memberName(scratch: inout [UInt8]) throws(SyntaxError) {
        guard peek() == UInt8(ascii: "\"") else { throw fail("expected a member name") }
        scratch.removeAll(keepingCapacity: true)
        try string(into: &scratch)
        skipWhitespace()
        guard peek() == UInt8(ascii: ":") else { throw fail("expected ':' after a member name") }
        index += 1
    }
}
