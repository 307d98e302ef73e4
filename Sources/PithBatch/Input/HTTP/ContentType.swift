/// A parsed `Content-Type` value: the media type and its `charset` parameter.
///
/// Tolerant of what servers send: any case, spaces around `;` and `=`, quoted or bare parameter
/// values, stray semicolons, and a missing subtype (`text` alone is kept as written).
public struct ContentType: Sendable, Hashable {
    /// The media type, lowercased, without parameters: `text/html`. Empty for an empty header.
    public var mediaType: String

    /// The `charset` parameter as written (unquoted, trimmed), or `nil` when absent or empty.
    public var charset: String?

    /// Parses a header value such as `text/html; charset="windows-1251"`.
    public init(parsing value: String) {
        var parts = value.split(separator: ";", omittingEmptySubsequences: false).makeIterator()
        mediaType = parts.next().map { Self.trim($0).lowercased() } ?? ""
        charset = nil
        while let part = parts.next() {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let name = Self.trim(part[..<equals])
            guard name.lowercased() == "charset" else { continue }
            var text = Self.trim(part[part.index(after: equals)...])
            if text.hasPrefix("\""), let close = text.dropFirst().firstIndex(of: "\"") {
                text = String(text[text.index(after: text.startIndex)..<close])
            } else if text.hasPrefix("\"") {
                text = String(text.dropFirst())
            }
            text = Self.trim(Substring(text))
            if !text.isEmpty, charset == nil { charset = text }
        }
    }

    private static func trim(_ text: Substring) -> String {
        var slice = text
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
