/// How ``MetadataExtractor`` judges what it finds.
package struct MetadataOptions: Sendable {
    /// Today, for "no dates in the future". `nil` accepts any year up to
    /// ``DateHeuristics/parseableYears``' end: the library does not read the clock, so callers
    /// (the CLI) pass the current date, and tests pass a fixed one.
    package var now: ArticleDate?

    /// Whether to guess the language from the text when the markup does not state it.
    package var detectsLanguage = true

    package init(now: ArticleDate? = nil, detectsLanguage: Bool = true) {
        self.now = now
        self.detectsLanguage = detectsLanguage
    }
}
