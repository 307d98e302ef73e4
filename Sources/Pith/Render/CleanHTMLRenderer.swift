/// Renders blocks as clean HTML: only structural tags (`h1`–`h6`, `p`, `ul`/`ol`/`li`,
/// `blockquote`, `pre`/`code`, `table`, `figure`, `em`, `strong`, `a`, `br`, `hr`), every text and
/// attribute escaped, no scripts, styles, event handlers or tracking attributes, and only
/// `http:`, `https:`, `mailto:` or relative link targets.
public struct CleanHTMLRenderer: Sendable {
    public init() {}

    public func render(_ blocks: [Block]) -> String {
        blocks.map(render).joined(separator: "\n")
    }

    /// A standalone `article` element: title, then the body.
    public func render(_ article: Article) -> String {
        var parts = ["<article>"]
        if let title = article.title { parts.append("<h1>" + escape(title) + "</h1>") }
        parts.append(render(article.body))
        parts.append("</article>")
        return parts.joined(separator: "\n")
    }

    private func render(_ block: Block) -> String {
        switch block {
        case .heading(let level, let text):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>" + inline(text) + "</\(tag)>"
        case .paragraph(let text):
            return "<p>" + inline(text) + "</p>"
        case .list(let ordered, let items):
            let tag = ordered ? "ol" : "ul"
            return "<\(tag)>" + items.map { "<li>" + itemContent($0) + "</li>" }.joined() + "</\(tag)>"
        case .quote(let inner):
            return "<blockquote>" + render(inner) + "</blockquote>"
        case .code(let text, let language):
            let attribute = language.map { " class=\"language-" + escape($0, attribute: true) + "\"" } ?? ""
            return "<pre><code\(attribute)>" + escape(text) + "</code></pre>"
        case .table(let table):
            var html = "<table>"
            if let caption = table.caption { html += "<caption>" + inline(caption) + "</caption>" }
            for cells in table.rows {
                html += "<tr>" + cells.map { cell in
                    let tag = cell.isHeader ? "th" : "td"
                    return "<\(tag)>" + inline(cell.content) + "</\(tag)>"
                }.joined() + "</tr>"
            }
            return html + "</table>"
        case .figure(let figure):
            var html = "<figure>"
            if let source = figure.source, let safe = safeURL(source) {
                html += "<img src=\"" + escape(safe, attribute: true) + "\" alt=\"" + escape(figure.alternativeText ?? "", attribute: true) + "\">"
            }
            if let caption = figure.caption { html += "<figcaption>" + inline(caption) + "</figcaption>" }
            return html + "</figure>"
        case .rule:
            return "<hr>"
        }
    }

    /// A list item of one paragraph renders inline; richer items keep their blocks.
    private func itemContent(_ blocks: [Block]) -> String {
        if blocks.count == 1, case .paragraph(let text) = blocks[0] { return inline(text) }
        return render(blocks)
    }

    private func inline(_ inlines: [Inline]) -> String {
        var result = ""
        for item in inlines {
            switch item {
            case .text(let text): result += escape(text)
            case .emphasis(let inner): result += "<em>" + inline(inner) + "</em>"
            case .strong(let inner): result += "<strong>" + inline(inner) + "</strong>"
            case .code(let code): result += "<code>" + escape(code) + "</code>"
            case .link(let text, let href):
                if let safe = safeURL(href) {
                    result += "<a href=\"" + escape(safe, attribute: true) + "\">" + inline(text) + "</a>"
                } else {
                    result += inline(text)
                }
            case .lineBreak: result += "<br>"
            }
        }
        return result
    }

    /// The URL if its scheme is safe to link to (relative URLs included); nil for `javascript:`,
    /// `data:`, `vbscript:` and other schemes.
    func safeURL(_ url: String) -> String? {
        let trimmed = url.trimmingWhitespace
        // Browsers ignore ASCII tab and newline inside schemes: strip them before looking.
        let compact = String(trimmed.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
        if let colon = compact.firstIndex(of: ":") {
            let scheme = compact[..<colon]
            let slash = compact.firstIndex(of: "/") ?? compact.endIndex
            if colon < slash {
                return ["http", "https", "mailto"].contains(String(scheme)) ? trimmed : nil
            }
        }
        return trimmed
    }

    private func escape(_ text: String, attribute: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "'" where attribute: result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
