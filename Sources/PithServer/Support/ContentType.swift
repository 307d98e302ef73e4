/// A `Content-Type` header value reduced to what the service needs: the media type and the
/// charset parameter.
struct ContentType: Sendable, Equatable {
    /// `type/subtype`, lowercased, parameters dropped (`text/html`).
    let mediaType: String
    /// The `charset` parameter without quotes, when present.
    let charset: String?

    /// Parses `type/subtype; name=value; …` leniently: other parameters are skipped.
    init(_ header: String) {
        let parts = header.split(separator: ";", omittingEmptySubsequences: false)
        mediaType = parts.first.map { trimmingOptionalWhitespace($0).lowercased() } ?? ""
        var charset: String?
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, trimmingOptionalWhitespace(pair[0]).lowercased() == "charset" else { continue }
            let value = trimmingOptionalWhitespace(pair[1])
            let unquoted = value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") ? value.dropFirst().dropLast() : value
            charset = unquoted.isEmpty ? nil : String(unquoted)
        }
        self.charset = charset
    }

    /// Whether the media type is one Pith extracts as HTML.
    var isHTML: Bool { mediaType == "text/html" || mediaType == "application/xhtml+xml" }
}

/// `text` without HTTP's optional whitespace (spaces and tabs) at either end.
private func trimmingOptionalWhitespace(_ text: Substring) -> Substring {
    let isOWS: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = text.firstIndex(where: { !isOWS($0) }), let last = text.lastIndex(where: { !isOWS($0) }) else { return "" }
    return text[first...last]
}
