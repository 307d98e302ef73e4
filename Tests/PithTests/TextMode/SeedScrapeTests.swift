import Foundation
import Pith
import PithTestSupport
import Testing

/// The canonical plain-text scrape (`../shared/data/seed/news-page-scrape.txt`): icon labels run
/// together, a date line, the headline, the standfirst with the headline repeated under it, the
/// story, then "Podcasts" and player time codes.
@Suite("Text mode on the seed scrape")
struct SeedScrapeTests {
    static let seed = SharedData.path("data/seed/news-page-scrape.txt")

    let article: Article

    init() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.seed))
        article = Extractor().extract(text: bytes)
    }

    @Test("finds the headline")
    func title() {
        #expect(article.title == "Moscow outlines plans for joint force with key ally")
    }

    @Test("reads the date line with its time and invents no zone")
    func published() {
        #expect(article.published == ArticleDate(year: 2022, month: 12, day: 24, time: (13, 5, 0)))
        #expect(article.published?.utcOffsetMinutes == nil)
        #expect(article.published?.iso8601 == "2022-12-24T13:05")
    }

    @Test("takes the standfirst as the description")
    func description() {
        #expect(article.description == "The Russian-Belarusian military grouping was created to ward off a potential invasion, a senior diplomat explains")
    }

    @Test("keeps exactly the eight paragraphs of the story")
    func body() throws {
        let paragraphs = article.body.compactMap { block -> String? in
            guard case .paragraph(let inlines) = block else { return nil }
            return inlines.plainText
        }
        #expect(paragraphs.count == article.body.count, "every body block is a paragraph")
        try #require(paragraphs.count == 8)
        #expect(paragraphs[0].hasPrefix("The joint Russian-Belarusian military force performs"))
        #expect(paragraphs[7].hasSuffix("during the military operation in Ukraine."))
        let text = article.text
        #expect(!text.contains("icon"))
        #expect(!text.contains("Moscow outlines plans"))
        #expect(!text.contains("Podcasts"))
        #expect(!text.contains("0:00") && !text.contains("25:59") && !text.contains("26:57"))
        #expect(!text.contains("24 Dec"))
        #expect(!text.contains("a senior diplomat explains"))
    }

    @Test("auto-detects the scrape as text")
    func detection() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.seed))
        #expect(InputKind.detect(bytes) == .text)
        #expect(Extractor().extract(bytes: bytes) == article)
    }
}
