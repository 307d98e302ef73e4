/// A clean article: what a page says, without what surrounds it.
///
/// Produced by ``Extractor``. The body is structured (``Block``s); the renderers turn it into
/// plain text, Markdown, clean HTML or JSON.
public struct Article: Sendable, Equatable {
    /// The headline, without site suffixes like " | Site".
    public var title: String?
    /// Who wrote it, one name per entry.
    public var authors: [String] = []
    /// When it was first published.
    public var published: ArticleDate?
    /// When it was last modified.
    public var modified: ArticleDate?
    /// The publication or site name.
    public var siteName: String?
    /// The standfirst or summary.
    public var description: String?
    /// The content language as a BCP 47 tag (e.g. `en`, `de-AT`).
    public var language: String?
    /// The canonical URL.
    public var url: String?
    /// The lead image URL.
    public var image: String?
    public var tags: [String] = []
    public var categories: [String] = []
    /// The licence, when the page states one.
    public var license: String?
    /// What kind of page this is.
    public var pageType: PageType = .other
    /// The main content.
    public var body: [Block] = []
    /// Reader comments, when requested and found.
    public var comments: [Block] = []
    /// Which source each metadata field came from (e.g. `title` → `og:title`).
    public var metadataSources: [String: String] = [:]

    public init() {}

    /// The body as plain text: blocks separated by a blank line.
    public var text: String { PlainTextRenderer().render(body) }
}

/// The kinds of page Pith tells apart (the seven page types of the WCXB benchmark, plus other).
public enum PageType: String, Sendable, CaseIterable, Codable {
    case article
    case forum
    case product
    case collection
    case listing
    case documentation
    case service
    case other
}
