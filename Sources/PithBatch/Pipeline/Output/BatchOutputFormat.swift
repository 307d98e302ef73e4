public import Pith

/// How each document is rendered: the JSON line of `pith extract --format json`, or a document
/// format for one file per record.
public enum BatchOutputFormat: String, Sendable, Hashable, CaseIterable {
    /// The article as a JSON object (``ArticleJSON``) with a `source` object.
    case json
    /// Markdown (``MarkdownRenderer``).
    case markdown
    /// Plain text: the title, a blank line, then the body.
    case text
    /// Clean HTML (``CleanHTMLRenderer``).
    case html

    /// The file-name extension for a document in this format.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .markdown: "md"
        case .text: "txt"
        case .html: "html"
        }
    }

    /// `article` in this format.
    ///
    /// - Parameters:
    ///   - source: The record's identity, written into JSON output.
    ///   - number: The record's number in the run, written into JSON output.
    public func render(_ article: Article, source: RecordSource, number: Int) -> String {
        switch self {
        case .json:
            ArticleJSON().encode(article, extra: [(key: "source", json: BatchJSON.source(source, number: number))])
        case .markdown:
            MarkdownRenderer().render(article)
        case .text:
            (article.title.map { $0 + "\n\n" } ?? "") + article.text
        case .html:
            CleanHTMLRenderer().render(article)
        }
    }
}
