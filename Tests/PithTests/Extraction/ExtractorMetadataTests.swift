import Pith
import Testing

@Suite("Extractor metadata")
struct ExtractorMetadataTests {
    static let options = ExtractionOptions(today: ArticleDate(year: 2026, month: 11, day: 25))

    static let page = """
        <html lang="en-GB"><head><title>Storm hits the coast | Example News</title>
        <link rel="canonical" href="/2022/12/24/storm">
        <meta property="og:site_name" content="Example News">
        <meta name="description" content="Gales and floods along the shore.">
        <meta property="og:image" content="https://news.example.com/storm.jpg">
        <meta property="article:tag" content="weather">
        <meta property="article:section" content="Climate">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Storm hits the coast",
          "datePublished": "2022-12-24T13:05:00+01:00", "dateModified": "2022-12-25",
          "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]}</script>
        </head><body><article><h1>Storm hits the coast</h1>
        <p>The storm arrived on Saturday afternoon and brought gales of more than a hundred kilometres an
        hour to the towns along the coast, where the sea broke over the walls of the harbour.</p>
        <p>Thousands of homes lost power for the night, and the rail line between the two largest towns
        was closed after trees fell on the track near the river crossing.</p></article></body></html>
        """

    @Test("fills every metadata field with its source")
    func fields() {
        let article = Extractor(options: Self.options).extract(
            html: Array(Self.page.utf8), url: "https://news.example.com/2022/12/24/storm?ref=home")
        #expect(article.title == "Storm hits the coast")
        #expect(article.authors == ["Jane Doe", "John Roe"])
        #expect(article.authorLine == "Jane Doe and John Roe")
        #expect(article.published?.iso8601 == "2022-12-24T13:05+01:00")
        #expect(article.modified?.iso8601 == "2022-12-25")
        #expect(article.date == article.published)
        #expect(article.siteName == "Example News")
        #expect(article.description == "Gales and floods along the shore.")
        #expect(article.language == "en-GB")
        #expect(article.url == "https://news.example.com/2022/12/24/storm")
        #expect(article.image == "https://news.example.com/storm.jpg")
        #expect(article.tags == ["weather"])
        #expect(article.categories == ["Climate"])
        #expect(article.metadataSources["title"] != nil)
        #expect(article.metadataSources["published"]?.hasPrefix("json-ld") == true)
    }

    @Test("leaves the headline out of the body")
    func headlineNotInBody() {
        let article = Extractor(options: Self.options).extract(html: Array(Self.page.utf8))
        #expect(!article.text.contains("Storm hits the coast"))
        #expect(article.text.contains("The storm arrived"))
    }

    @Test("keeps the headline as the body when it is all the page holds")
    func headlineOnlyBody() {
        let html = """
            <html><head><title>Reddit - The heart of the internet</title></head>
            <body><main><div class="post"><span>r/castiron</span>
            <h1>Enameled cast iron pan and metal utensils: is it safe to use them together?</h1>
            <a href="/u/pancook">u/pancook</a></div></main></body></html>
            """
        let article = Extractor(options: Self.options).extract(html: Array(html.utf8))
        #expect(article.title == "Enameled cast iron pan and metal utensils: is it safe to use them together?")
        #expect(article.text.contains("Enameled cast iron pan"))
    }

    @Test("writes the fields and their sources in the JSON line")
    func json() {
        let article = Extractor(options: Self.options).extract(html: Array(Self.page.utf8))
        let json = ArticleJSON().encode(article)
        #expect(json.contains(#""authors":["Jane Doe","John Roe"]"#))
        #expect(json.contains(#""published":"2022-12-24T13:05+01:00""#))
        #expect(json.contains(#""metadataSources":{"#))
    }

    @Test("the date is the modification date when no publication date is given")
    func dateFallsBackToModified() {
        var article = Article()
        article.modified = ArticleDate(year: 2021, month: 3, day: 4)
        #expect(article.date?.dateString == "2021-03-04")
        #expect(article.authorLine == nil)
        article.authors = ["A", "B", "C"]
        #expect(article.authorLine == "A, B and C")
    }
}
