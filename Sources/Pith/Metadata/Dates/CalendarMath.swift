/// Proleptic Gregorian calendar arithmetic, without Foundation.
enum CalendarMath {
    /// A valid date, or `nil` (month 13, 31 April, 29 February of a common year, years outside
    /// ``DateHeuristics/parseableYears``).
    static func date(year: Int, month: Int, day: Int) -> ArticleDate? {
        guard DateHeuristics.parseableYears.contains(year), (1...12).contains(month),
            day >= 1, day <= daysInMonth(year: year, month: month)
        else { return nil }
        return ArticleDate(year: year, month: month, day: day)
    }

    /// A Unix time as a UTC date-time.
    static func date(unixSeconds: Int) -> ArticleDate? {
        guard unixSeconds > 0 else { return nil }
        let days = unixSeconds / 86_400
        let secondOfDay = unixSeconds % 86_400
        let (year, month, day) = civil(fromDays: days)
        guard var date = date(year: year, month: month, day: day) else { return nil }
        date.time = (secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
        date.utcOffsetMinutes = 0
        return date
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeapYear(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    /// Days since 1970-01-01 of a day (negative before it).
    static func days(_ date: ArticleDate) -> Int { days(year: date.year, month: date.month, day: date.day) }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
