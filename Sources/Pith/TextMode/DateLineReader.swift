/// Finds a publication date written in a line of text: `24 Dec, 2022 13:05`, `December 24, 2022
/// at 1:05 pm`, `2022-12-24T13:05`, `24.12.2022`, `24. Dezember 2022`, `24 de diciembre de 2022`,
/// `2022年12月24日`.
///
/// This is text mode's seam for dates: one function from a line to a date and how much of the
/// line the date takes up. The multilingual date parser of the metadata stage can replace the
/// body of ``match(in:)`` without touching its callers. Nothing is invented: a time is kept only
/// when the line gives one, and no zone is assumed.
enum DateLineReader {
    /// A date found in a line.
    struct Match: Equatable {
        var date: ArticleDate
        /// The share of the line's words and numbers that belong to the date and its time.
        var coverage: Double
    }

    /// The first date in `line`, if any.
    static func match(in line: String) -> Match? {
        let tokens = DateLineTokenizer.tokens(of: line)
        guard tokens.contains(where: { $0.isNumber }) else { return nil }
        var index = 0
        while index < tokens.count {
            if let (day, end) = calendarDate(tokens, at: index) {
                var date = day
                var used = tokens[index..<end].filter { !$0.isSeparator }.count
                if let (time, timeTokens) = time(tokens, after: end) ?? time(tokens, before: index) {
                    date.time = time
                    used += timeTokens
                }
                let total = max(tokens.filter { !$0.isSeparator }.count, 1)
                return Match(date: date, coverage: Double(used) / Double(total))
            }
            index += 1
        }
        return nil
    }

    // MARK: - Dates

    /// A calendar date starting at token `start`, and the index after it.
    private static func calendarDate(_ tokens: [DateLineTokenizer.Token], at start: Int) -> (ArticleDate, Int)? {
        var cursor = DateLineCursor(tokens: tokens, index: start)
        // Year first: 2022-12-24, 2022/12/24, 2022年12月24日.
        if let year = cursor.number(digits: 4...4) {
            var copy = cursor
            if copy.separator(), let month = copy.number(digits: 1...2), copy.separator(), let day = copy.number(digits: 1...2) {
                return valid(year, month, day).map { ($0, copy.index) }
            }
            copy = cursor
            if copy.word(in: ["年"]), let month = copy.number(digits: 1...2), copy.word(in: ["月"]), let day = copy.number(digits: 1...2) {
                _ = copy.word(in: ["日"])
                return valid(year, month, day).map { ($0, copy.index) }
            }
            return nil
        }
        // Day first: 24.12.2022, 24 Dec 2022, 24. Dezember 2022, 24 de diciembre de 2022.
        if let first = cursor.number(digits: 1...2) {
            var copy = cursor
            if copy.separator(), let second = copy.number(digits: 1...2), copy.separator(), let year = copy.year() {
                let (day, month) = second > 12 ? (second, first) : (first, second)
                return valid(year, month, day).map { ($0, copy.index) }
            }
            copy = cursor
            _ = copy.separator()
            _ = copy.word(in: ["de"])
            if let month = copy.monthName() {
                _ = copy.separator()
                _ = copy.word(in: ["de"])
                if let year = copy.year() { return valid(year, month, first).map { ($0, copy.index) } }
            }
            return nil
        }
        // Month first: Dec 24, 2022; December 24th 2022.
        if let month = cursor.monthName() {
            _ = cursor.separator()
            if let day = cursor.number(digits: 1...2) {
                _ = cursor.word(in: ["st", "nd", "rd", "th"])
                _ = cursor.separator()
                if let year = cursor.year() { return valid(year, month, day).map { ($0, cursor.index) } }
            }
        }
        return nil
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> ArticleDate? {
        guard (TextModeHeuristics.earliestYear...TextModeHeuristics.latestYear).contains(year),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return ArticleDate(year: year, month: month, day: day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: - Times

    /// `13:05`, `13:05:09`, `1:05 pm`, `13h05` at or a connecting word after `start`, and how many
    /// words and numbers it used.
    private static func time(_ tokens: [DateLineTokenizer.Token], after start: Int) -> ((hour: Int, minute: Int, second: Int), Int)? {
        var cursor = DateLineCursor(tokens: tokens, index: start)
        _ = cursor.separator()
        var used = 0
        if cursor.word(in: ["at", "um", "à", "a", "las", "alle", "om", "o", "t"]) { used += 1 }
        _ = cursor.separator()
        return clock(&cursor).map { ($0.0, $0.1 + used) }
    }

    /// A time just before the date (`13:05, 24 Dec 2022`).
    private static func time(_ tokens: [DateLineTokenizer.Token], before end: Int) -> ((hour: Int, minute: Int, second: Int), Int)? {
        for start in stride(from: end - 1, through: max(0, end - 5), by: -1) {
            var cursor = DateLineCursor(tokens: tokens, index: start)
            if let found = clock(&cursor), cursor.index <= end { return found }
        }
        return nil
    }

    private static func clock(_ cursor: inout DateLineCursor) -> ((hour: Int, minute: Int, second: Int), Int)? {
        guard var hour = cursor.number(digits: 1...2), cursor.mark(in: [":", "h"]) || cursor.word(in: ["h"]),
            let minute = cursor.number(digits: 2...2), hour < 24, minute < 60
        else { return nil }
        var used = 2
        var second = 0
        var copy = cursor
        if copy.mark(in: [":"]), let value = copy.number(digits: 2...2), value < 60 {
            second = value
            used += 1
            cursor = copy
        }
        if cursor.word(in: ["pm", "p"]) {
            if hour < 12 { hour += 12 }
            used += 1
        } else if cursor.word(in: ["am", "a"]) {
            if hour == 12 { hour = 0 }
            used += 1
        }
        return ((hour, minute, second), used)
    }
}
