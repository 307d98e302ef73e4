import Foundation
import Pith

extension ArticleDate {
    /// Today's date in UTC: the reference the CLI gives the extractor for judging dates (the
    /// library never reads the clock).
    static var today: ArticleDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return ArticleDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }
}
