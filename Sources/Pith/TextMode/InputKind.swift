/// What an input is: an HTML page, or a page already flattened to text.
public enum InputKind: String, Sendable, Hashable, CaseIterable {
    /// Markup: parsed as HTML.
    case html
    /// Plain text (a scrape, a copy and paste, Markdown): read line by line by text mode.
    case text

    /// Tells HTML from text by the first kilobyte.
    ///
    /// An input is HTML when, after a byte order mark and whitespace, it opens with a doctype,
    /// `<html`, `<head`, `<body`, `<?xml` or a comment, or when its first kilobyte holds at
    /// least three tags of well-known HTML elements (`<p>`, `</div>`, `<a href=…>`). Anything else
    /// is text, including text that mentions a tag or two.
    ///
    /// - Parameter bytes: The input as received (UTF-8, UTF-16 with a byte order mark, or any
    ///   ASCII-compatible encoding).
    /// - Returns: ``html`` or ``text``.
    /// - Complexity: O(1): at most ``TextModeHeuristics/sniffedBytes`` bytes are read.
    public static func detect(_ bytes: some Collection<UInt8>) -> InputKind {
        var head = Array(bytes.prefix(TextModeHeuristics.sniffedBytes * 2))
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            // UTF-16: markup is ASCII, so its code units' zero bytes can go.
            head = head.dropFirst(2).filter { $0 != 0 }
        } else if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            head.removeFirst(3)
        }
        let sniffed = head.prefix(TextModeHeuristics.sniffedBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let start = sniffed.firstIndex { !InputKindSniffing.isSpace($0) } ?? sniffed.endIndex
        let opening = sniffed[start...]
        if InputKindSniffing.openings.contains(where: { opening.starts(with: $0.utf8) }) { return .html }
        return InputKindSniffing.tagCount(in: Array(opening)) >= TextModeHeuristics.minimumSniffedTags ? .html : .text
    }
}

/// The byte patterns ``InputKind/detect(_:)`` looks for.
enum InputKindSniffing {
    /// Openings that only markup has (lowercase).
    static let openings = ["<!doctype", "<html", "<head", "<body", "<?xml", "<!--"]

    /// Elements whose tags make a document HTML (lowercase).
    static let knownTags: Set<String> = [
        "a", "article", "b", "body", "br", "div", "em", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hr", "html", "i", "iframe", "img", "input", "li", "link", "main", "meta", "nav",
        "noscript", "ol", "p", "script", "section", "span", "strong", "style", "table", "td", "title", "tr",
        "ul",
    ]

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Tags of ``knownTags`` (`<p>`, `</div>`, `<a href`) in lowercased bytes.
    static func tagCount(in bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var cursor = index + 1
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, (bytes[cursor] >= UInt8(ascii: "a") && bytes[cursor] <= UInt8(ascii: "z"))
                || (bytes[cursor] >= UInt8(ascii: "0") && bytes[cursor] <= UInt8(ascii: "9"))
            {
                cursor += 1
            }
            if cursor > nameStart, cursor < bytes.count,
                bytes[cursor] == UInt8(ascii: ">") || bytes[cursor] == UInt8(ascii: "/") || isSpace(bytes[cursor]),
                knownTags.contains(String(decoding: bytes[nameStart..<cursor], as: UTF8.self))
            {
                count += 1
            }
            index = cursor
        }
        return count
    }
}
