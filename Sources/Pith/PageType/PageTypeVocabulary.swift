/// What pages say about their own kind, grouped by the ``PageType`` it suggests: `og:type` and
/// schema.org `@type` values (lowercased), and words of URL paths. Generic web vocabulary, sorted
/// within each group; the page-type model learns how much each group counts.
enum PageTypeVocabulary {
    /// Declared types of news stories and blog posts.
    static let articleTypes: Set<String> = [
        "analysisnewsarticle", "article", "backgroundnewsarticle", "blogposting", "liveblogposting", "newsarticle",
        "opinionnewsarticle", "report", "reportagenewsarticle", "reviewnewsarticle", "scholarlyarticle",
    ]
    /// Declared types of discussions, questions and answers.
    static let forumTypes: Set<String> = [
        "answer", "comment", "discussionforumposting", "qapage", "question", "socialmediaposting",
    ]
    /// Declared types of things for sale.
    static let productTypes: Set<String> = [
        "aggregateoffer", "offer", "og:product", "product", "product.item", "productgroup", "productmodel",
    ]
    /// Declared types of pages that gather other pages or items.
    static let collectionTypes: Set<String> = [
        "collectionpage", "itemlist", "offercatalog", "product.group", "searchresultspage",
    ]
    /// Declared types of technical documentation.
    static let documentationTypes: Set<String> = [
        "apireference", "howto", "softwareapplication", "softwaresourcecode", "techarticle",
    ]
    /// Declared types of organisations, their offers and their information pages.
    static let serviceTypes: Set<String> = [
        "aboutpage", "contactpage", "faqpage", "localbusiness", "organization", "professionalservice", "service",
    ]

    /// URL path words of each kind of page (`/forum/…`, `/products/…`, `/docs/…`).
    static let articlePathWords: Set<String> = [
        "article", "articles", "blog", "blogs", "news", "post", "posts", "press", "stories", "story",
    ]
    static let forumPathWords: Set<String> = [
        "answers", "board", "boards", "community", "discussion", "discussions", "forum", "forums", "question",
        "questions", "showthread", "thread", "threads", "topic", "viewtopic",
    ]
    static let productPathWords: Set<String> = [
        "buy", "dp", "item", "items", "p", "product", "products", "shop", "sku", "store",
    ]
    static let collectionPathWords: Set<String> = [
        "archive", "browse", "c", "catalog", "categories", "category", "collection", "collections", "list",
        "listing", "listings", "search", "tag", "tags",
    ]
    static let documentationPathWords: Set<String> = [
        "api", "developer", "developers", "doc", "docs", "documentation", "guide", "guides", "help", "kb",
        "learn", "manual", "reference", "sdk", "tutorial", "wiki",
    ]
    static let servicePathWords: Set<String> = [
        "about", "careers", "company", "contact", "features", "plans", "pricing", "service", "services",
        "solutions", "support", "team",
    ]
}
