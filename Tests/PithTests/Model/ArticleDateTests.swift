import Pith
import Testing

@Suite("ArticleDate")
struct ArticleDateTests {
    @Test("renders only the precision the page gave", arguments: [
        (ArticleDate(year: 2022, month: 12, day: 24), "2022-12-24"),
        (ArticleDate(year: 2022, month: 12, day: 24, time: (13, 5, 0)), "2022-12-24T13:05"),
        (ArticleDate(year: 2022, month: 12, day: 24, time: (13, 5, 9), utcOffsetMinutes: 0), "2022-12-24T13:05:09Z"),
        (ArticleDate(year: 2022, month: 1, day: 2, time: (3, 4, 0), utcOffsetMinutes: -330), "2022-01-02T03:04-05:30"),
    ])
    func iso8601(date: ArticleDate, expected: String) {
        #expect(date.iso8601 == expected)
    }

    @Test("orders by date, then time")
    func ordering() {
        #expect(ArticleDate(year: 2021, month: 5, day: 1) < ArticleDate(year: 2021, month: 5, day: 2))
        #expect(ArticleDate(year: 2021, month: 5, day: 1, time: (1, 0, 0)) < ArticleDate(year: 2021, month: 5, day: 1, time: (2, 0, 0)))
    }
}
