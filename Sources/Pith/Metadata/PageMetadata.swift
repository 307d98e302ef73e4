package import PithHTML

/// What a page says about itself — headline, authors, dates, site, summary — reconciled from its
/// metadata and its visible markup by ``MetadataExtractor``.
///
/// Every field is `nil` or empty when no source gave a plausible value; nothing is invented.
/// ``sources`` names the winning source of each field, for debugging and evaluation.
package struct PageMetadata: Sendable {
    /// The headline, without site suffixes (" | Site", " - WSJ").
    package var title: String?
    /// Who wrote it, one person or organisation per entry, without "By", roles, e-mail addresses
    /// and profile URLs.
    package var authors: [String] = []
    /// First publication, as precise as the page gives it.
    package var published: ArticleDate?
    /// Last modification, as precise as the page gives it.
    package var modified: ArticleDate?
    /// The publication or site name.
    package var siteName: String?
    /// The standfirst or summary.
    package var description: String?
    /// The content language as a BCP 47 tag (`en`, `de-AT`), from markup or, failing that,
    /// detected from the text.
    package var language: String?
    /// The canonical URL (absolute when the page or the given URL allows).
    package var url: String?
    /// The lead image URL.
    package var image: String?
    package var tags: [String] = []
    /// Sections or categories.
    package var categories: [String] = []
    /// The licence, when the page states one (a URL or a name).
    package var license: String?

    /// Field name → winning source, e.g. `"title": "h1"`, `"published": "json-ld:datePublished"`.
    package var sources: [String: String] = [:]

    /// The element holding the headline in the body (usually the `h1`), so the body extractor can
    /// leave it out.
    package var headlineElement: NodeID?
    /// Elements holding the byline and dateline near the headline, likewise.
    package var bylineElements: [NodeID] = []
    /// The JSON-LD `articleBody`, when the page has one: a signal for the body extractor.
    package var structuredArticleBody: String?
    /// What the page says it is: `og:type` and JSON-LD `@type` values, lowercased, in that order.
    package var pageTypeHints: [String] = []

    package init() {}
}
