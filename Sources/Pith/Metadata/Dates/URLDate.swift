/// A date written into a URL's path: `/2022/12/24/story`, `/story-2022-12-24`, `/20221224/`,
/// `/2022/dec/24/`, `/29-10-2021/` (when unambiguous), or only a year and month (`/2022/12/story`).
package struct URLDate: Sendable, Equatable {
    package var year: Int
    package var month: Int
    /// The full date, when the path gives the day too.
    package var date: ArticleDate?

    /// The date in `url`'s path (the scheme, host, query and fragment are ignored).
    package static func find(in url: String) -> URLDate? {
        let path = URLDate.path(of: url)
        guard path.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let tokens = DateTokenizer.tokens(of: String(path), limit: DateHeuristics.maximumURLTokens)
        var yearMonth: URLDate?
        for index in tokens.indices where tokens[index].kind == .number {
            let token = tokens[index]
            // `/20221224/`: eight digits standing alone between separators.
            if token.digits == 8, isBoundary(tokens, index - 1), isBoundary(tokens, index + 1),
                let date = CalendarMath.date(year: token.value / 10000, month: token.value / 100 % 100, day: token.value % 100)
            {
                return URLDate(year: date.year, month: date.month, date: date)
            }
            if let date = dayMonthYear(tokens, yearAt: index) { return URLDate(year: date.year, month: date.month, date: date) }
            guard token.digits == 4, isBoundary(tokens, index - 1), index + 2 < tokens.count else { continue }
            let separator = tokens[index + 1]
            guard separator.isPunctuation("/") || separator.isPunctuation("-") || separator.isPunctuation("_") else { continue }
            let monthToken = tokens[index + 2]
            let month: Int
            if monthToken.kind == .number, monthToken.digits <= 2 {
                month = monthToken.value
            } else if monthToken.kind == .word, let named = MonthNames.month(named: monthToken.word) {
                month = named
            } else {
                continue
            }
            guard (1...12).contains(month), DateHeuristics.parseableYears.contains(token.value) else { continue }
            if index + 4 < tokens.count, tokens[index + 3].kind == .punctuation, tokens[index + 3].value == separator.value,
                tokens[index + 4].kind == .number, tokens[index + 4].digits <= 2, isBoundary(tokens, index + 5),
                let date = CalendarMath.date(year: token.value, month: month, day: tokens[index + 4].value)
            {
                return URLDate(year: date.year, month: date.month, date: date)
            }
            if yearMonth == nil, isBoundary(tokens, index + 3), separator.isPunctuation("/") {
                yearMonth = URLDate(year: token.value, month: month, date: nil)
            }
        }
        return yearMonth
    }

    /// `/29-10-2021/`: a standing-alone year after a day and a month joined by the same `-` or `_`,
    /// when only one order of the two makes a date (or both make the same one).
    private static func dayMonthYear(_ tokens: [DateToken], yearAt index: Int) -> ArticleDate? {
        guard index >= 4, tokens[index].digits == 4, isBoundary(tokens, index + 1), isBoundary(tokens, index - 5) else { return nil }
        let (first, firstSeparator, second, secondSeparator) = (tokens[index - 4], tokens[index - 3], tokens[index - 2], tokens[index - 1])
        guard first.kind == .number, second.kind == .number, first.digits <= 2, second.digits <= 2,
            firstSeparator.isPunctuation("-") || firstSeparator.isPunctuation("_"),
            secondSeparator.kind == .punctuation, secondSeparator.value == firstSeparator.value
        else { return nil }
        let year = tokens[index].value
        let dayFirst = CalendarMath.date(year: year, month: second.value, day: first.value)
        let monthFirst = CalendarMath.date(year: year, month: first.value, day: second.value)
        switch (dayFirst, monthFirst) {
        case (let date?, nil), (nil, let date?): return date
        case (let a?, let b?) where a == b: return a
        default: return nil
        }
    }

    /// Whether the token at `index` is absent or a separator, so that a number next to it stands
    /// alone (`/2022/`, `-2022-12-24.html`, but not `/v2022.5/`).
    private static func isBoundary(_ tokens: [DateToken], _ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return true }
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        guard token.isPunctuation(".") else { return true }
        // A dot before a file extension.
        return index + 1 < tokens.count && tokens[index + 1].kind == .word
    }

    /// The path of an absolute or relative URL.
    static func path(of url: String) -> Substring {
        var rest = url[...]
        if let scheme = rest.firstRange(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? ""
        }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        return rest
    }
}
