import PithHTML

extension Article {
    /// Takes every metadata field of `metadata`, with the source each came from; the page's own
    /// canonical URL replaces `url` when it states one.
    mutating func adopt(_ metadata: PageMetadata) {
        title = metadata.title
        authors = metadata.authors
        published = metadata.published
        modified = metadata.modified
        siteName = metadata.siteName
        description = metadata.description
        language = metadata.language
        if let canonical = metadata.url { url = canonical }
        image = metadata.image
        tags = metadata.tags
        categories = metadata.categories
        license = metadata.license
        metadataSources = metadata.sources
    }

    /// The authors as one line, as bylines and citation lists write them: `A`, `A and B`,
    /// `A, B and C`; `nil` when there are none.
    public var authorLine: String? {
        switch authors.count {
        case 0: return nil
        case 1: return authors[0]
        default: return authors.dropLast().joined(separator: ", ") + " and " + authors[authors.count - 1]
        }
    }

    /// When the article is from: its publication date, or its modification date when the page
    /// states only that.
    public var date: ArticleDate? { published ?? modified }
}
