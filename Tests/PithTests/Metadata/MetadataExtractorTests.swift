import Pith
import PithHTML
import Testing

@Suite("MetadataExtractor")
struct MetadataExtractorTests {
    static let now = ArticleDate(year: 2026, month: 11, day: 25)

    static func extract(_ html: String, url: String? = "https://news.example.com/2022/12/24/story") -> (PageMetadata, Document) {
        let document = HTMLParser.parse(html)
        return (MetadataExtractor.extract(from: document, url: url, options: MetadataOptions(now: now)), document)
    }

    @Test("reads JSON-LD in a graph, resolving author references")
    func linkedData() {
        let html = """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "#site", "name": "Example News"},
              {"@type": "NewsArticle", "headline": "Storm hits the coast", "datePublished": "2022-12-24T13:05:00+01:00",
               "dateModified": "2022-12-25T08:00:00+01:00", "author": [{"@id": "#jane"}, {"@type": "Person", "name": "John Roe"}],
               "articleBody": "The storm...", "keywords": ["storm", "coast"], "articleSection": "Weather",
               "inLanguage": "en-GB", "image": {"@type": "ImageObject", "url": "https://example.com/a.jpg"}},
              {"@type": "Person", "@id": "#jane", "name": "Jane Doe"},
            ]}
            </script></head><body><h1>Storm hits the coast</h1><p>The storm...</p></body></html>
            """
        let (metadata, _) = Self.extract(html)
        #expect(metadata.title == "Storm hits the coast")
        #expect(metadata.authors == ["Jane Doe", "John Roe"])
        #expect(metadata.published?.iso8601 == "2022-12-24T13:05+01:00")
        #expect(metadata.modified?.dateString == "2022-12-25")
        #expect(metadata.siteName == "Example News")
        #expect(metadata.language == "en-GB")
        #expect(metadata.image == "https://example.com/a.jpg")
        #expect(metadata.tags == ["storm", "coast"])
        #expect(metadata.categories == ["Weather"])
        #expect(metadata.structuredArticleBody == "The storm...")
        #expect(metadata.pageTypeHints.contains("newsarticle"))
        #expect(metadata.sources["authors"] == "json-ld:author")
        #expect(metadata.sources["published"] == "json-ld:datePublished")
    }

    @Test("prefers the visible h1 when it matches the declared title, and drops the site suffix")
    func titleFromHeadline() {
        let html = """
            <html><head><title>Storm hits the coast | Example News</title>
            <meta property="og:site_name" content="Example News"></head>
            <body><header><h1><a href="/">Example News</a></h1></header>
            <article><h1 class="headline">Storm hits the coast</h1><p>Text.</p></article></body></html>
            """
        let (metadata, document) = Self.extract(html)
        #expect(metadata.title == "Storm hits the coast")
        #expect(metadata.sources["title"] == "h1")
        #expect(metadata.headlineElement.map { document.textContent(of: $0) } == "Storm hits the coast")
    }

    @Test("strips the site name from a declared title without a matching heading")
    func titleFromMeta() {
        let html = """
            <html><head><meta property="og:title" content="Storm hits the coast - Example News">
            <meta property="og:site_name" content="Example News"></head><body><p>Text.</p></body></html>
            """
        #expect(Self.extract(html).0.title == "Storm hits the coast")
    }

    @Test("reads OpenGraph, Dublin Core and common meta names")
    func metaNames() {
        let html = """
            <html lang="de"><head>
            <meta property="article:published_time" content="2022-12-24T13:05:00+01:00">
            <meta name="author" content="Max Mustermann">
            <meta name="DC.date.issued" content="2022-12-20">
            <meta name="description" content="Ein Sturm.">
            <meta property="article:tag" content="Sturm"><meta property="article:tag" content="Küste">
            <link rel="canonical" href="/2022/12/24/sturm">
            <link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
            </head><body><h1>Sturm</h1></body></html>
            """
        let (metadata, _) = Self.extract(html, url: "https://example.de/x?y=1")
        #expect(metadata.published?.iso8601 == "2022-12-24T13:05+01:00")
        #expect(metadata.sources["published"] == "article:published_time")
        #expect(metadata.authors == ["Max Mustermann"])
        #expect(metadata.description == "Ein Sturm.")
        #expect(metadata.tags == ["Sturm", "Küste"])
        #expect(metadata.url == "https://example.de/2022/12/24/sturm")
        #expect(metadata.license == "https://creativecommons.org/licenses/by/4.0/")
        #expect(metadata.language == "de")
    }

    @Test("finds the byline and the dateline around the headline")
    func bodyByline() {
        let html = """
            <html><body><nav><span class="date">Monday, 1 January 2024</span></nav>
            <article><p class="kicker">24 Dec, 2022 13:05</p><h1>Storm hits the coast</h1>
            <div class="byline">By Jane Doe and John Roe</div><p>Long text of the article.</p></article>
            <aside class="related"><span class="author">By Someone Else</span></aside></body></html>
            """
        let (metadata, document) = Self.extract(html, url: nil)
        #expect(metadata.authors == ["Jane Doe", "John Roe"])
        #expect(metadata.published?.iso8601 == "2022-12-24T13:05")
        let texts = metadata.bylineElements.map { document.textContent(of: $0) }
        #expect(texts.contains("By Jane Doe and John Roe"))
        #expect(texts.contains("24 Dec, 2022 13:05"))
    }

    @Test("reads byline classes at word starts and footer classes at token starts only")
    func classHints() {
        let html = """
            <html><body><article><h1>Storm hits the coast</h1>
            <div class="entry-footer"><span class="postAuthor">By Jane Doe</span></div><p>Long text.</p></article>
            <div class="main site-footer"><span class="byline">By John Roe</span></div>
            <div class="coauthors"><span>By Someone Else</span></div></body></html>
            """
        let (metadata, document) = Self.extract(html, url: nil)
        #expect(metadata.authors == ["Jane Doe"])
        #expect(metadata.sources["authors"] == "byline")
        #expect(metadata.bylineElements.map { document.textContent(of: $0) } == ["By Jane Doe"])
    }

    @Test("takes the authors from the first source that names them")
    func authorSourceOrder() {
        let html = """
            <html><head><meta name="author" content="Jane Doe"></head>
            <body><h1>Storm hits the coast</h1><div class="byline">By John Roe</div><p>Text.</p></body></html>
            """
        let (metadata, _) = Self.extract(html, url: nil)
        #expect(metadata.authors == ["Jane Doe"])
        #expect(metadata.sources["authors"] == "author")
    }

    @Test("rejects future, placeholder and pre-web dates from the page")
    func implausibleDates() {
        let html = """
            <html><head><meta property="article:published_time" content="2031-01-01">
            <meta name="date" content="1970-01-01"></head>
            <body><h1>Title</h1><p>Written 12 March 1987, posted <time datetime="2022-06-01">June 1, 2022</time>.</p></body></html>
            """
        let (metadata, _) = Self.extract(html, url: nil)
        #expect(metadata.published?.dateString == "2022-06-01")
    }

    @Test("takes the date from the URL when the page has none")
    func urlDate() {
        let (metadata, _) = Self.extract("<html><body><h1>Title</h1><p>No date.</p></body></html>")
        #expect(metadata.published?.dateString == "2022-12-24")
        #expect(metadata.sources["published"] == "url")
    }

    @Test("takes the local day of a UTC time-stamp that the page shows in local time")
    func localDay() {
        let html = """
            <html><head><meta property="article:published_time" content="2023-11-09T03:28:35Z"></head>
            <body><h1>Title</h1><time datetime="2023-11-08T22:28:35-05:00">Nov 8, 2023</time></body></html>
            """
        let (metadata, _) = Self.extract(html, url: nil)
        #expect(metadata.published?.iso8601 == "2023-11-08T22:28:35-05:00")
    }

    @Test("reads microdata and RDFa")
    func microdata() {
        let html = """
            <html><body><div itemscope itemtype="https://schema.org/BlogPosting">
            <h1 itemprop="headline">A post</h1>
            <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></span>
            <meta itemprop="datePublished" content="2021-05-04">
            <span property="schema:dateModified" content="2021-06-01"></span>
            </div></body></html>
            """
        let (metadata, _) = Self.extract(html, url: nil)
        #expect(metadata.title == "A post")
        #expect(metadata.authors == ["Jane Doe"])
        #expect(metadata.published?.dateString == "2021-05-04")
        #expect(metadata.modified?.dateString == "2021-06-01")
    }

    @Test("detects the language from the text when markup is silent")
    func detectedLanguage() {
        let sentence = "Der Hund ist nicht mit dem Ball auf die Straße gelaufen, und das ist auch gut so. "
        let html = "<html><body><p>" + String(repeating: sentence, count: 20) + "</p></body></html>"
        let (metadata, _) = Self.extract(html, url: nil)
        #expect(metadata.language == "de")
        #expect(metadata.sources["language"] == "text")
    }

    @Test("survives broken and hostile input", arguments: [
        "",
        "<html><head><script type=application/ld+json>{{{{[[[</script></head></html>",
        String(repeating: "<div>", count: 3_000) + "<h1>Deep</h1>",
        "<meta name=author content='" + String(repeating: "x", count: 100_000) + "'>",
    ])
    func hostile(_ html: String) {
        _ = Self.extract(html)
    }
}
