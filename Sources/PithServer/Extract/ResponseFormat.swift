public import Pith

/// What `/v1/extract` answers with: the formats of `pith extract --format`.
public enum ResponseFormat: String, Sendable, CaseIterable {
    /// The article JSON of `pith extract --format json` (the default).
    case json
    /// CommonMark, title as a level-1 heading.
    case markdown
    /// Plain text: the title, a blank line, the body.
    case text
    /// Clean HTML: an `article` element with only structural tags, no scripts, styles, event
    /// handlers or unsafe URLs.
    case html

    /// The response's `Content-Type`.
    public var contentType: String {
        switch self {
        case .json: "application/json; charset=utf-8"
        case .markdown: "text/markdown; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        case .html: "text/html; charset=utf-8"
        }
    }

    /// Renders `article` as `pith extract --format` would.
    ///
    /// - Parameters:
    ///   - article: the extracted article.
    ///   - includeHTML: for JSON, add an `html` field with the body as clean HTML (what the
    ///     reader page shows).
    /// - Returns: the response body.
    public func render(_ article: Article, includeHTML: Bool = false) -> String {
        switch self {
        case .json:
            let extra = includeHTML ? [(key: "html", json: JSONWriter.quoted(CleanHTMLRenderer().render(article.body)))] : []
            return ArticleJSON().encode(article, extra: extra)
        case .markdown:
            return MarkdownRenderer().render(article) + "\n"
        case .text:
            return (article.title.map { $0 + "\n\n" } ?? "") + article.text + "\n"
        case .html:
            return CleanHTMLRenderer().render(article) + "\n"
        }
    }
}
