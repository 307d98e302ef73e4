/// How to read an all-numeric date whose first two numbers could each be the day or the month
/// (`03/04/2022`).
package enum NumericDateOrder: Sendable {
    /// `03/04/2022` is 3 April (most of the world).
    case dayFirst
    /// `03/04/2022` is 4 March (the United States).
    case monthFirst
}

/// A date found in text, with where it starts.
package struct DateMatch: Sendable {
    package var date: ArticleDate
    /// The UTF-8 offset of the date's first token.
    package var offset: Int
    /// Whether the date was written with a month name or CJK marks rather than numbers alone.
    package var isWrittenOut: Bool
}

/// Reads dates the many ways pages write them.
///
/// Forms, each optionally followed by a time (`13:05`, `1:05 pm`, `13h05`, `13:05:09.123+02:00`)
/// and a zone (`Z`, `+0200`, `UTC`, `GMT+2`, `EST`):
///
/// - ISO and its relatives: `2022-12-24`, `2022/12/24`, `2022.12.24`, `2022-12-24T13:05:09Z`,
///   `20221224` (only as a whole value);
/// - numeric day-month-year: `24.12.2022`, `24/12/2022`, `12/24/2022` (see ``NumericDateOrder``);
/// - written months: `24 Dec, 2022`, `December 24, 2022`, `Dec. 24th 2022`, `24 décembre 2022`,
///   `24. Dezember 2022`, `24 de diciembre de 2022`, `24 декабря 2022 г.`, `2022. december 24.`;
/// - CJK: `2022年12月24日`, `2022년 12월 24일`;
/// - RFC 2822: `Sat, 24 Dec 2022 13:05:00 +0000`;
/// - Unix time in seconds or milliseconds (only as a whole value).
///
/// It checks the calendar (no 31 April) but not plausibility: that depends on the source and is
/// the reconciler's job.
package enum DateParser {
    /// The first date in a short value such as a `meta` `content` or a `time` `datetime`.
    package static func parse(_ value: String, order: NumericDateOrder) -> ArticleDate? {
        let tokens = DateTokenizer.tokens(of: value, limit: DateHeuristics.maximumValueTokens)
        if let first = tokens.first, first.kind == .number, tokens.count == 1 || isFraction(tokens) {
            if let date = compactDate(first) ?? unixTime(first) { return date }
        }
        var matcher = DateMatcher(tokens: tokens, order: order)
        for index in tokens.indices {
            if let (date, _) = matcher.date(at: index) { return date }
        }
        return nil
    }

    /// The dates in `text`, in order, at most `limit` of them.
    package static func matches(in text: String, order: NumericDateOrder, limit: Int) -> [DateMatch] {
        var text = text
        return text.withUTF8 { matches(in: $0, order: order, limit: limit) }
    }

    /// The dates in UTF-8 `text`, in order, at most `limit` of them.
    static func matches(in text: UnsafeBufferPointer<UInt8>, order: NumericDateOrder, limit: Int) -> [DateMatch] {
        guard mayHoldDate(text) else { return [] }
        let tokens = DateTokenizer.tokens(of: text, limit: .max)
        var matcher = DateMatcher(tokens: tokens, order: order)
        var matches: [DateMatch] = []
        var index = 0
        while index < tokens.count, matches.count < limit {
            if let (date, next) = matcher.date(at: index) {
                matches.append(DateMatch(date: date, offset: tokens[index].offset, isWrittenOut: matcher.lastWasWrittenOut))
                index = next
            } else {
                index += 1
            }
        }
        return matches
    }

    /// Whether `text` may hold a date that ``matches(in:order:limit:)`` finds: every form it reads
    /// has a four-digit number, or a two-digit year right after a dot (`24.12.22`). A byte scan
    /// that spares tokenizing the many texts whose numbers are prices, counts or times.
    static func mayHoldDate(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < text.count {
            guard text[index] &- UInt8(ascii: "0") < 10 else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, text[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            let digits = index - start
            if digits == 4 || (digits == 2 && start > 0 && text[start - 1] == UInt8(ascii: ".")) { return true }
        }
        return false
    }

    /// `20221224` as a date.
    private static func compactDate(_ token: DateToken) -> ArticleDate? {
        guard token.digits == 8 else { return nil }
        let value = token.value
        return CalendarMath.date(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    /// Seconds (10 digits) or milliseconds (13 digits) since 1970 as a UTC date-time.
    private static func unixTime(_ token: DateToken) -> ArticleDate? {
        let seconds: Int
        switch token.digits {
        case 10: seconds = token.value
        case 13: seconds = token.value / 1000
        default: return nil
        }
        return CalendarMath.date(unixSeconds: seconds)
    }

    /// `1671887100.5`: a number, a dot and a number.
    private static func isFraction(_ tokens: [DateToken]) -> Bool {
        tokens.count == 3 && tokens[1].isPunctuation(".") && tokens[2].kind == .number
    }
}

/// Matches date forms at a token index; see ``DateParser`` for the forms.
struct DateMatcher {
    let tokens: [DateToken]
    let order: NumericDateOrder
    /// Whether the last match had a month name or CJK marks.
    private(set) var lastWasWrittenOut = false

    init(tokens: [DateToken], order: NumericDateOrder) {
        self.tokens = tokens
        self.order = order
    }

    /// The date starting at token `index` and the index after it (its time included).
    mutating func date(at index: Int) -> (ArticleDate, Int)? {
        guard let (day, next, writtenOut) = calendarDay(at: index) else { return nil }
        lastWasWrittenOut = writtenOut
        guard let date = CalendarMath.date(year: day.year, month: day.month, day: day.day) else { return nil }
        if let (time, offset, afterTime) = timeOfDay(after: next) {
            var dated = date
            dated.time = time
            dated.utcOffsetMinutes = offset
            return (dated, afterTime)
        }
        return (date, next)
    }

    // MARK: - Day

    private func calendarDay(at index: Int) -> ((year: Int, month: Int, day: Int), Int, Bool)? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        switch token.kind {
        case .number where token.digits == 4:
            return yearFirst(at: index)
        case .number where token.digits <= 2:
            return numericDayFirst(at: index) ?? dayMonthName(at: index)
        case .word:
            return monthNameFirst(at: index)
        default:
            return nil
        }
    }

    /// `2022-12-24`, `2022/12/24`, `2022.12.24`, `2022. 12. 24.`, `2022年12月24日`, `2022 Dec 24`,
    /// `2022. december 24.`.
    private func yearFirst(at index: Int) -> ((year: Int, month: Int, day: Int), Int, Bool)? {
        let year = tokens[index].value
        // Numeric, one separator repeated.
        if let separator = token(index + 1), separator.kind == .punctuation, Self.numericSeparators.contains(separator.value),
            let month = number(index + 2, maxDigits: 2), let second = token(index + 3), second.kind == .punctuation,
            second.value == separator.value, let day = number(index + 4, maxDigits: 2)
        {
            var next = index + 5
            if separator.isPunctuation("."), token(next)?.isPunctuation(".") == true { next += 1 }
            return ((year, month, day), next, false)
        }
        // CJK marks.
        if token(index + 1)?.kind == .yearMark, let month = number(index + 2, maxDigits: 2),
            token(index + 3)?.kind == .monthMark, let day = number(index + 4, maxDigits: 2), token(index + 5)?.kind == .dayMark
        {
            return ((year, month, day), index + 6, true)
        }
        // A written month after the year.
        var cursor = index + 1
        if token(cursor)?.isPunctuation(".") == true || token(cursor)?.isPunctuation(",") == true { cursor += 1 }
        if let month = monthName(cursor) {
            cursor += 1
            if let day = number(cursor, maxDigits: 2) {
                cursor += 1
                // "… 2026 Dec 26, 2025": the month and day belong to the year after them.
                if token(cursor)?.isPunctuation(",") == true, number(cursor + 1, digits: 4) != nil { return nil }
                if token(cursor)?.isPunctuation(".") == true { cursor += 1 }
                return ((year, month, day), cursor, true)
            }
        }
        return nil
    }

    /// `24.12.2022`, `24/12/2022`, `12/24/2022`, `24-12-2022`, and `24.12.22` (dots only, not
    /// inside a longer dotted number such as a version); `24. 12. 2022`, spaced as German and Czech
    /// typography write it, with a four-digit year (the spaced form of the year-first `2022. 12. 24.`).
    private func numericDayFirst(at index: Int) -> ((year: Int, month: Int, day: Int), Int, Bool)? {
        guard let separator = token(index + 1), separator.kind == .punctuation,
            Self.numericSeparators.contains(separator.value), let second = number(index + 2, maxDigits: 2),
            let third = token(index + 3), third.kind == .punctuation, third.value == separator.value,
            let yearToken = token(index + 4), yearToken.kind == .number
        else { return nil }
        let isSpacedDotted = separator.isPunctuation(".") && !separator.isSpaced && !third.isSpaced
            && tokens[index + 2].isSpaced && yearToken.isSpaced && yearToken.digits == 4
        guard !yearToken.isSpaced || isSpacedDotted else { return nil }
        var year = yearToken.value
        switch yearToken.digits {
        case 4:
            break
        case 2 where separator.isPunctuation(".") && !continuesDottedNumber(before: index, after: index + 4):
            year += year < DateHeuristics.twoDigitYearPivot ? 2000 : 1900
        default:
            return nil
        }
        let first = tokens[index].value
        let dayFirst: Bool
        if separator.isPunctuation(".") || first > 12 {
            dayFirst = true
        } else if second > 12 {
            dayFirst = false
        } else {
            dayFirst = order == .dayFirst
        }
        return dayFirst ? ((year, second, first), index + 5, false) : ((year, first, second), index + 5, false)
    }

    /// Whether the numbers from `start` to `end` are part of a longer dotted number (`1.2.3.4`).
    private func continuesDottedNumber(before start: Int, after end: Int) -> Bool {
        if start >= 2, tokens[start - 1].isPunctuation("."), !tokens[start].isSpaced, tokens[start - 2].kind == .number {
            return true
        }
        if let dot = token(end + 1), dot.isPunctuation("."), !dot.isSpaced, let next = token(end + 2), next.kind == .number,
            !next.isSpaced
        {
            return true
        }
        return false
    }

    /// `24 Dec, 2022`, `24. Dezember 2022`, `24th of December 2022`, `24 de diciembre de 2022`,
    /// `1er décembre 2022`, `24 декабря 2022`.
    private func dayMonthName(at index: Int) -> ((year: Int, month: Int, day: Int), Int, Bool)? {
        let day = tokens[index].value
        var cursor = index + 1
        if token(cursor)?.isPunctuation(".") == true { cursor += 1 }
        if let suffix = token(cursor), suffix.kind == .word, !suffix.isSpaced, Self.ordinalSuffixes.contains(suffix.word) {
            cursor += 1
        }
        if let connector = token(cursor), connector.kind == .word, Self.connectors.contains(connector.word) { cursor += 1 }
        guard let month = monthName(cursor) else { return nil }
        cursor += 1
        cursor = skipYearConnector(from: cursor)
        guard let year = number(cursor, digits: 4) else { return nil }
        return ((year, month, day), cursor + 1, true)
    }

    /// `December 24, 2022`, `Dec. 24th 2022`.
    private func monthNameFirst(at index: Int) -> ((year: Int, month: Int, day: Int), Int, Bool)? {
        // The day first: most words have no number after them, and then the month name goes unlooked-up.
        guard let day = number(index + 1, maxDigits: 2), let month = monthName(index) else { return nil }
        var cursor = index + 2
        if let suffix = token(cursor), suffix.kind == .word, !suffix.isSpaced, Self.ordinalSuffixes.contains(suffix.word) {
            cursor += 1
        }
        cursor = skipYearConnector(from: cursor)
        guard let year = number(cursor, digits: 4) else { return nil }
        return ((year, month, day), cursor + 1, true)
    }

    /// Steps over what may stand between a month and its year: `,`, `.`, `de`, `del`.
    private func skipYearConnector(from start: Int) -> Int {
        var cursor = start
        if let separator = token(cursor), separator.isPunctuation(",") || separator.isPunctuation(".") { cursor += 1 }
        if let connector = token(cursor), connector.kind == .word, Self.connectors.contains(connector.word) { cursor += 1 }
        return cursor
    }

    // MARK: - Time

    /// The time after a date: skips a connector (`T`, `,`, `at`, `um`, `à`, `|`, `-`), then reads
    /// `H:MM[:SS[.fff]]` or `HHhMM`, a 12-hour marker and a zone.
    private func timeOfDay(after start: Int) -> ((hour: Int, minute: Int, second: Int), Int?, Int)? {
        var cursor = start
        var skipped = 0
        while skipped < DateHeuristics.maximumTimeConnectors, let connector = token(cursor), connector.kind != .number {
            let isConnector =
                (connector.kind == .word && (Self.timeConnectors.contains(connector.word) || connector.word == "t"))
                || (connector.kind == .punctuation && Self.timePunctuation.contains(connector.value))
            guard isConnector else { return nil }
            cursor += 1
            skipped += 1
        }
        guard var hour = number(cursor, maxDigits: 2), let separator = token(cursor + 1), !separator.isSpaced,
            separator.isPunctuation(":") || separator.isWord("h"), let minuteToken = token(cursor + 2),
            minuteToken.kind == .number, minuteToken.digits == 2, !minuteToken.isSpaced
        else { return nil }
        let minute = minuteToken.value
        var second = 0
        cursor += 3
        if token(cursor)?.isPunctuation(":") == true, let seconds = token(cursor + 1), seconds.kind == .number,
            seconds.digits == 2
        {
            second = seconds.value
            cursor += 2
            if token(cursor)?.isPunctuation(".") == true, token(cursor + 1)?.kind == .number, token(cursor + 1)?.isSpaced == false {
                cursor += 2
            }
        }
        // 12-hour clock: `pm`, `p.m.` (two words after the tokenizer), `PM`.
        if let marker = token(cursor), marker.kind == .word {
            let isPM = marker.word == "pm" || (marker.word == "p" && token(cursor + 1)?.isWord("m") == true)
            let isAM = marker.word == "am" || (marker.word == "a" && token(cursor + 1)?.isWord("m") == true)
            if isPM || isAM {
                guard hour >= 1 && hour <= 12 else { return nil }
                if isPM && hour < 12 { hour += 12 }
                if isAM && hour == 12 { hour = 0 }
                cursor += marker.word.count == 1 ? 2 : 1
            }
        }
        guard hour < 24, minute < 60, second < 61 else { return nil }
        let (offset, afterZone) = zone(at: cursor)
        return ((hour, minute, second), offset, afterZone)
    }

    /// A UTC offset in minutes at `start`, and the index after it; `nil` offset when none is given.
    private func zone(at start: Int) -> (Int?, Int) {
        guard let first = token(start) else { return (nil, start) }
        if first.kind == .word {
            if first.word == "z" && !first.isSpaced { return (0, start + 1) }
            if first.word == "utc" || first.word == "gmt" {
                if let (offset, next) = signedOffset(at: start + 1, allowSpace: false) { return (offset, next) }
                return (0, start + 1)
            }
            if let named = Self.namedZones[String(first.word)] { return (named, start + 1) }
            return (nil, start)
        }
        // A numeric offset touches the time (`13:05+02:00`), or is RFC 2822's four digits
        // (`13:05:00 +0000`); anything else is a range or a separator.
        if let (offset, next) = signedOffset(at: start, allowSpace: false),
            !first.isSpaced || (token(start + 1)?.digits == 4)
        {
            return (offset, next)
        }
        return (nil, start)
    }

    /// `+02:00`, `+0200`, `-5`, `+02`.
    private func signedOffset(at start: Int, allowSpace: Bool) -> (Int, Int)? {
        guard let sign = token(start), sign.kind == .punctuation,
            sign.isPunctuation("+") || sign.isPunctuation("-") || sign.value == 0x2212,
            let hours = token(start + 1), hours.kind == .number, allowSpace || !hours.isSpaced
        else { return nil }
        let negative = !sign.isPunctuation("+")
        var minutes: Int
        var next = start + 2
        switch hours.digits {
        case 4:
            minutes = hours.value / 100 * 60 + hours.value % 100
        case 1, 2:
            minutes = hours.value * 60
            if token(next)?.isPunctuation(":") == true, let extra = token(next + 1), extra.kind == .number, extra.digits == 2 {
                minutes += extra.value
                next += 2
            }
        default:
            return nil
        }
        guard minutes <= DateHeuristics.maximumUTCOffsetMinutes else { return nil }
        return (negative ? -minutes : minutes, next)
    }

    // MARK: - Tokens

    private func token(_ index: Int) -> DateToken? { index < tokens.count ? tokens[index] : nil }

    private func number(_ index: Int, maxDigits: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits <= maxDigits else { return nil }
        return token.value
    }

    private func number(_ index: Int, digits: Int) -> Int? {
        guard let token = token(index), token.kind == .number, token.digits == digits else { return nil }
        return token.value
    }

    private func monthName(_ index: Int) -> Int? {
        guard let token = token(index), token.kind == .word else { return nil }
        return MonthNames.month(named: token.word)
    }

    // MARK: - Vocabulary

    /// Separators of all-numeric dates: `-` `.` `/`.
    private static let numericSeparators: [Int] = [0x2D, 0x2E, 0x2F]
    /// Words between a day and its month or a month and its year: `24 de diciembre de 2022`,
    /// `24th of December`.
    private static let connectors: [Substring] = ["de", "del", "of", "the"]
    /// Ordinal endings written against the day: `24th`, `1st`, `1er`, `1º`.
    private static let ordinalSuffixes: [Substring] = ["er", "nd", "rd", "st", "th", "º"]
    /// Words between a date and its time, by language: `at`, `um`, `à`, `a las`, `alle`, `om`, `kl`.
    private static let timeConnectors: [Substring] = ["a", "alle", "at", "kl", "las", "om", "o", "um", "à", "в"]
    /// Punctuation between a date and its time: `,` `-` `|` `·` `–` `—` `@` `/`.
    private static let timePunctuation: [Int] = [0x2C, 0x2D, 0x2F, 0x40, 0x7C, 0xB7, 0x2013, 0x2014, 0x2022]
    /// Zone abbreviations with one meaning (CST, IST and BST name several zones, so they are left out).
    private static let namedZones: [String: Int] = [
        "cest": 120, "cet": 60, "edt": -240, "eest": 180, "eet": 120, "est": -300, "mesz": 120, "mez": 60,
        "pdt": -420, "pst": -480,
    ]
}
