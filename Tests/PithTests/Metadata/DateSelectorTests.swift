import Pith
import PithHTML
import Testing

@Suite("DateSelector")
struct DateSelectorTests {
    static func published(_ html: String) -> String? {
        let document = HTMLParser.parse(html)
        let options = MetadataOptions(now: ArticleDate(year: 2026, month: 11, day: 25))
        return MetadataExtractor.extract(from: document, url: "https://blog.example.com/guide", options: options).published?.dateString
    }

    static func page(published: String, modified: String, strongMeta: Bool, shown: String) -> String {
        """
        <html><head>
        \(strongMeta ? "<meta property=\"article:published_time\" content=\"\(published)\">" : "")
        <script type="application/ld+json">
        {"@type": "BlogPosting", "headline": "A guide", "datePublished": "\(published)", "dateModified": "\(modified)"}
        </script></head>
        <body><article><h1>A guide</h1><p>\(shown)</p><p>Text of the guide.</p></article></body></html>
        """
    }

    @Test("a shown modification date replaces an uncorroborated publication date")
    func shownModification() {
        let html = Self.page(published: "2024-02-21T11:54:45Z", modified: "2025-10-26T18:41:45Z", strongMeta: false, shown: "October 26, 2025")
        #expect(Self.published(html) == "2025-10-26")
    }

    @Test("a publication date a strong meta states too survives a later shown modification date")
    func corroboratedPublication() {
        let html = Self.page(published: "2024-02-21T11:54:45Z", modified: "2025-10-26T18:41:45Z", strongMeta: true, shown: "October 26, 2025")
        #expect(Self.published(html) == "2024-02-21")
    }

    @Test("a shown modification within a day of a corroborated publication is its local day")
    func sameDayModification() {
        let html = Self.page(published: "2021-11-04T23:00:00Z", modified: "2021-11-05T12:42:00Z", strongMeta: true, shown: "November 5, 2021")
        #expect(Self.published(html) == "2021-11-05")
    }

    @Test("a build stamp gives way to the date shown before it, not to one shown after it", arguments: [
        ("January 19, 2020", "2020-01-19"),
        ("January 25, 2020", "2020-01-20"),
    ])
    func buildStamp(shown: String, expected: String) {
        let stamp = "2020-01-20T09:49:32Z"
        let html = Self.page(published: stamp, modified: stamp, strongMeta: false, shown: shown)
        #expect(Self.published(html) == expected)
    }

    @Test("a cued date in an aside far from the headline is the last resort's publication date")
    func asideFactBox() {
        let html = """
            <html><body><article><h1>A guide</h1><p>\(String(repeating: "Text of the guide. ", count: 100))</p></article>
            <aside><h3>Published</h3><p><time datetime="2024-08-30T12:00:00Z">August 30, 2024</time></p></aside></body></html>
            """
        #expect(Self.published(html) == "2024-08-30")
    }
}
