/// Renders blocks as CommonMark: ATX headings, `-`/`1.` lists, `>` quotes, fenced code, pipe tables,
/// `*emphasis*`, `**strong**`, `` `code` ``, `[links](href)`, images for figures.
public struct MarkdownRenderer: Sendable {
    public init() {}

    public func render(_ blocks: [Block]) -> String {
        blocks.map(render).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The whole article: the title as a level-1 heading, then the body.
    public func render(_ article: Article) -> String {
        var parts: [String] = []
        if let title = article.title { parts.append("# " + escape(title)) }
        let body = render(article.body)
        if !body.isEmpty { parts.append(body) }
        return parts.joined(separator: "\n\n")
    }

    private func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + inline(text).replacingNewlines(with: " ")
        case .paragraph(let text):
            return inline(text)
        case .list(let ordered, let items):
            return items.enumerated().map { index, item in
                let marker = ordered ? "\(index + 1). " : "- "
                let content = render(item)
                let indent = String(repeating: " ", count: marker.count)
                return marker + content.split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated().map { $0.offset == 0 ? String($0.element) : ($0.element.isEmpty ? "" : indent + $0.element) }
                    .joined(separator: "\n")
            }.joined(separator: "\n")
        case .quote(let inner):
            return render(inner).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .code(let text, let language):
            let fence = text.contains("```") ? "~~~~" : "```"
            return fence + (language ?? "") + "\n" + text + "\n" + fence
        case .table(let table):
            return renderTable(table)
        case .figure(let figure):
            var parts: [String] = []
            if let source = figure.source.flatMap(destination) { parts.append("![\(escape(figure.alternativeText ?? ""))](\(source))") }
            if let caption = figure.caption { parts.append(inline(caption)) }
            return parts.joined(separator: "\n\n")
        case .rule:
            return "---"
        }
    }

    private func renderTable(_ table: Table) -> String {
        guard let width = table.rows.map(\.count).max(), width > 0 else { return "" }
        func row(_ cells: [TableCell]) -> String {
            let texts = (0..<width).map { index in
                index < cells.count ? inline(cells[index].content).replacingNewlines(with: " ").replacingOccurrences(of: "|", with: "\\|") : ""
            }
            return "| " + texts.joined(separator: " | ") + " |"
        }
        var lines: [String] = []
        let headerCount = max(table.headerRowCount, 1)
        let header = table.headerRowCount > 0 ? table.rows[0] : []
        lines.append(row(header))
        lines.append("|" + String(repeating: " --- |", count: width))
        for cells in table.rows.dropFirst(table.headerRowCount > 0 ? headerCount : 0) { lines.append(row(cells)) }
        if let caption = table.caption { lines.append("\n" + inline(caption)) }
        return lines.joined(separator: "\n")
    }

    private func inline(_ inlines: [Inline]) -> String {
        var result = ""
        for item in inlines {
            switch item {
            case .text(let text): result += escape(text)
            case .emphasis(let inner): result += marked(inline(inner), "*", "*")
            case .strong(let inner): result += marked(inline(inner), "**", "**")
            case .code(let code): result += "`" + code + "`"
            case .link(let text, let href):
                if !href.isEmpty, let destination = destination(href) {
                    result += marked(inline(text), "[", "](" + destination + ")")
                } else {
                    result += inline(text)
                }
            case .lineBreak: result += "  \n"
            }
        }
        return result
    }

    /// `content` between `open` and `close`, its outer spaces moved outside the marks: the space
    /// before a link or emphasis is often inside it ("a<em> word</em>"), and Markdown marks must
    /// touch the words they wrap ("a *word*", not "a* word*" or "a*word*").
    private func marked(_ content: String, _ open: String, _ close: String) -> String {
        let words = content.trimmingWhitespace
        guard !words.isEmpty else { return content }
        let before = content.first?.isWhitespace == true ? " " : ""
        let after = content.last?.isWhitespace == true ? " " : ""
        return before + open + words + close + after
    }

    /// A link or image destination: nil for unsafe schemes (`javascript:`, `data:` …, as in clean
    /// HTML); otherwise the URL with whitespace, controls, parentheses and angle brackets
    /// percent-encoded, so that it cannot close the link early and smuggle in one of its own.
    private func destination(_ url: String) -> String? {
        guard let safe = CleanHTMLRenderer().safeURL(url) else { return nil }
        var result = ""
        for scalar in safe.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || "()<>".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes the characters that would otherwise start Markdown syntax inside text.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    func replacingNewlines(with replacement: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var remainder = self[...]
        while let range = remainder.firstRange(of: target) {
            result += remainder[..<range.lowerBound]
            result += replacement
            remainder = remainder[range.upperBound...]
        }
        return result + remainder
    }
}
