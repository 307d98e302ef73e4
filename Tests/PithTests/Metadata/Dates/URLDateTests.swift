import Pith
import Testing

@Suite("URLDate")
struct URLDateTests {
    @Test("finds full dates in paths", arguments: [
        ("https://example.com/2022/12/24/story", "2022-12-24"),
        ("https://example.com/news/story-2022-12-24.html", "2022-12-24"),
        ("https://example.com/20221224/story", "2022-12-24"),
        ("https://example.com/2022/dec/24/story", "2022-12-24"),
        ("/2022/12/24/relative", "2022-12-24"),
        ("https://example.com/news/29-10-2021", "2021-10-29"),
        ("https://example.com/news/10_29_2021/story", "2021-10-29"),
    ])
    func fullDates(_ url: String, _ expected: String) {
        #expect(URLDate.find(in: url)?.date?.dateString == expected)
    }

    @Test("keeps a year and month without a day")
    func yearMonth() {
        let found = URLDate.find(in: "https://example.com/2022/12/story-title")
        #expect(found?.year == 2022)
        #expect(found?.month == 12)
        #expect(found?.date == nil)
    }

    @Test("ignores hosts, queries, ids and versions", arguments: [
        "https://2022.example.com/story",
        "https://example.com/story?date=2022-12-24",
        "https://example.com/article/12345678/",
        "https://example.com/v2022.12.24/",
        "https://example.com/story",
        "https://example.com/news/03-04-2021",
        "https://example.com/v1-10-2021",
    ])
    func ignores(_ url: String) {
        #expect(URLDate.find(in: url)?.date == nil)
    }
}
