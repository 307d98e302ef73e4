/// What an extractor said about one page, in the scorer's predictions format.
public struct EvaluationPrediction: Sendable {
    public var text: String
    public var title: String?
    public var author: String?
    /// `YYYY-MM-DD` (or longer ISO 8601; the scorer compares the first ten characters).
    public var date: String?
    /// The page type (`article`, `forum`, …), when the extractor names one.
    public var pageType: String?

    public init(text: String, title: String? = nil, author: String? = nil, date: String? = nil, pageType: String? = nil) {
        self.text = text
        self.title = title
        self.author = author
        self.date = date
        self.pageType = pageType
    }
}
