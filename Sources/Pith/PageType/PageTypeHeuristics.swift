/// Tunable numbers of the page-type features.
enum PageTypeHeuristics {
    /// A path number of at least this many digits is a story or item id (`/news/1234567`), which
    /// articles and products have and collection pages seldom do.
    static let storyIdDigits = 5
    /// A block of at least this many words, at least `teaserLinkDensity` of them in links, is a
    /// teaser of another page: listings and collections are made of them.
    static let teaserWords = 5
    static let teaserLinkDensity = 0.5
}
