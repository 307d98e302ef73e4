/// A publication or modification date as precise as the page states it: a day, optionally a time,
/// optionally a UTC offset. Nothing is invented: a page that gives no zone yields a date-time
/// without one.
public struct ArticleDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hour, minute and second, when the page gives a time.
    public var time: (hour: Int, minute: Int, second: Int)?
    /// The UTC offset in minutes, when the page gives one.
    public var utcOffsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, time: (hour: Int, minute: Int, second: Int)? = nil, utcOffsetMinutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// `YYYY-MM-DD`.
    public var dateString: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, or with `Z` / `±HH:MM` when the zone is known.
    public var iso8601: String {
        guard let time else { return dateString }
        var result = dateString + "T" + pad(time.hour, 2) + ":" + pad(time.minute, 2)
        if time.second != 0 { result += ":" + pad(time.second, 2) }
        if let offset = utcOffsetMinutes {
            if offset == 0 {
                result += "Z"
            } else {
                let magnitude = abs(offset)
                result += (offset < 0 ? "-" : "+") + pad(magnitude / 60, 2) + ":" + pad(magnitude % 60, 2)
            }
        }
        return result
    }

    public var description: String { iso8601 }

    public static func == (a: ArticleDate, b: ArticleDate) -> Bool {
        a.year == b.year && a.month == b.month && a.day == b.day && a.time?.hour == b.time?.hour
            && a.time?.minute == b.time?.minute && a.time?.second == b.time?.second && a.utcOffsetMinutes == b.utcOffsetMinutes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(iso8601)
    }

    public static func < (a: ArticleDate, b: ArticleDate) -> Bool {
        (a.year, a.month, a.day, a.time?.hour ?? 0, a.time?.minute ?? 0, a.time?.second ?? 0)
            < (b.year, b.month, b.day, b.time?.hour ?? 0, b.time?.minute ?? 0, b.time?.second ?? 0)
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
