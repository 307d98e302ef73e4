/// The two places a charset hides inside a longer string: a `<meta content>` value and an HTTP
/// `Content-Type` value.
package enum CharsetExtraction {
    /// HTML 2.5.7 (URLs and fetching) "algorithm for extracting a character encoding from a meta
    /// element": the encoding named after the first `charset=` in a `content` attribute's value.
    ///
    /// - Parameter value: The attribute's value (the prescan passes it already lowercased).
    /// - Returns: The encoding, or `nil` ("nothing", including an unknown label).
    package static func fromMetaContent(_ value: UnsafeBufferPointer<UInt8>) -> CharacterEncoding? {
        // Step 1.
        var position = 0
        while true {
            // Step 2 (Loop): the next ASCII case-insensitive "charset".
            guard let found = indexOfCharset(in: value, from: position) else { return nil }
            position = found + charset.count
            // Step 3.
            while position < value.count, CharacterEncoding.isASCIIWhitespace(value[position]) { position += 1 }
            // Step 4: no "=" — look for the next "charset" from just before that character.
            guard position < value.count, value[position] == UInt8(ascii: "=") else { continue }
            position += 1
            // Step 5.
            while position < value.count, CharacterEncoding.isASCIIWhitespace(value[position]) { position += 1 }
            // Step 6.
            guard position < value.count else { return nil }
            let first = value[position]
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                var end = position + 1
                while end < value.count, value[end] != first { end += 1 }
                // An unmatched quote: nothing.
                guard end < value.count else { return nil }
                return CharacterEncoding.lookUp(label: UnsafeBufferPointer(rebasing: value[(position + 1)..<end]))
            }
            var end = position
            while end < value.count, !CharacterEncoding.isASCIIWhitespace(value[end]), value[end] != UInt8(ascii: ";") {
                end += 1
            }
            return CharacterEncoding.lookUp(label: UnsafeBufferPointer(rebasing: value[position..<end]))
        }
    }

    /// The `charset` parameter of a MIME type such as an HTTP `Content-Type` value
    /// (`text/html; charset="Shift_JIS"`), parsed as MIME Sniffing 4.4 "parse a MIME type" reads
    /// parameters: names are case-insensitive, values may be HTTP quoted strings, the first
    /// `charset` parameter counts.
    ///
    /// - Returns: The parameter's raw value (not yet resolved as a label), or `nil` if there is none.
    package static func charsetParameter(ofMIMEType value: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var position = 0
        // Skip the type and subtype: parameters start after the first ";".
        while position < value.count, value[position] != UInt8(ascii: ";") { position += 1 }
        while position < value.count {
            // At a ";": skip it and HTTP whitespace.
            position += 1
            while position < value.count, isHTTPWhitespace(value[position]) { position += 1 }
            let nameStart = position
            while position < value.count, value[position] != UInt8(ascii: ";"), value[position] != UInt8(ascii: "=") {
                position += 1
            }
            let name = UnsafeBufferPointer(rebasing: value[nameStart..<position])
            guard position < value.count, value[position] == UInt8(ascii: "=") else { continue }
            position += 1
            var parameterValue: [UInt8] = []
            if position < value.count, value[position] == UInt8(ascii: "\"") {
                // An HTTP quoted string: a backslash escapes the next byte; the rest up to ";" is ignored.
                position += 1
                while position < value.count, value[position] != UInt8(ascii: "\"") {
                    if value[position] == UInt8(ascii: "\\"), position + 1 < value.count { position += 1 }
                    parameterValue.append(value[position])
                    position += 1
                }
                while position < value.count, value[position] != UInt8(ascii: ";") { position += 1 }
            } else {
                let valueStart = position
                while position < value.count, value[position] != UInt8(ascii: ";") { position += 1 }
                var valueEnd = position
                while valueEnd > valueStart, isHTTPWhitespace(value[valueEnd - 1]) { valueEnd -= 1 }
                parameterValue.append(contentsOf: value[valueStart..<valueEnd])
            }
            if equalsIgnoringASCIICase(name, charset) { return parameterValue }
        }
        return nil
    }

    /// The encoding a transport layer names: either a bare label (`"utf-8"`) or a whole
    /// `Content-Type` value whose `charset` parameter is a label.
    ///
    /// - Returns: `nil` if no known encoding is named.
    package static func fromTransport(_ value: UnsafeBufferPointer<UInt8>) -> CharacterEncoding? {
        let isMIMEType = value.contains(UInt8(ascii: "/")) || value.contains(UInt8(ascii: ";"))
        guard isMIMEType else { return CharacterEncoding.lookUp(label: value) }
        guard let label = charsetParameter(ofMIMEType: value) else { return nil }
        return label.withUnsafeBufferPointer { CharacterEncoding.lookUp(label: $0) }
    }

    private static let charset: [UInt8] = Array("charset".utf8)

    /// The start of the first ASCII case-insensitive `charset` at or after `start`.
    private static func indexOfCharset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard bytes.count >= charset.count else { return nil }
        var index = start
        while index <= bytes.count - charset.count {
            if equalsIgnoringASCIICase(UnsafeBufferPointer(rebasing: bytes[index..<(index + charset.count)]), charset) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` ASCII-lowercased equals `lowercase`.
    static func equalsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ lowercase: [UInt8]) -> Bool {
        guard bytes.count == lowercase.count else { return false }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            let lowered = (byte &- UInt8(ascii: "A")) < 26 ? byte | 0x20 : byte
            if lowered != lowercase[index] { return false }
        }
        return true
    }

    /// Fetch: HTTP whitespace is tab, line feed, carriage return and space.
    private static func isHTTPWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
