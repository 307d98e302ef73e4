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

    @Test("a dateline older than a declared date the page shows nowhere is the first publication", arguments: [
        ("November 2, 2022", "2022-11-02"),
        // In a sentence, the date is the story's subject.
        ("The club opened on November 2, 2022, with a party for its members.", "2025-06-12"),
        // Written in numbers, its day-month order is a guess.
        ("02/11/2022", "2025-06-12"),
    ])
    func restampedDeclaredDate(shown: String, expected: String) {
        let html = Self.page(published: "2025-06-12", modified: "2025-06-10", strongMeta: false, shown: shown)
        #expect(Self.published(html) == expected)
    }

    @Test("a dateline does not replace a declared date the page shows as well")
    func shownDeclaredDate() {
        let html = """
            <html><head><meta property="article:published_time" content="2019-10-18T16:06:50+02:00"></head>
            <body><article><h1>A story</h1><p>April 21, 2019</p><p>Text of the story.</p>
            <p class="post-date">Posted 18.10.2019</p></article></body></html>
            """
        #expect(Self.published(html) == "2019-10-18")
    }

    @Test("of dates shown around the headline, the nearest after it wins")
    func nearestDateline() {
        let html = """
            <html><body><div class="ticker"><time datetime="2025-12-17T12:00:00Z">Dec 17</time> Other news</div>
            <article><h1>Candidate experience</h1><div class="meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time></div>
            <p>Text of the article.</p></article></body></html>
            """
        #expect(Self.published(html) == "2017-03-01")
    }

    @Test("the date beside a lone byline dates a page that states no other", arguments: [
        (["Luke Kim"], "2025-12-17"),
        // Bylines naming different people are reviews or comments, dated by their own dates.
        (["Scott B.", "Lynn M."], nil),
    ])
    func bylineDate(names: [String], expected: String?) {
        let boxes = names.map { name in
            "<div class=\"author-details\"><p class=\"author\">\(name)</p><small>December 17, 2025</small></div>"
        }
        let html = """
            <html><head><title>Introducing the accelerator</title></head><body><main>
            <p>\(String(repeating: "Text of the announcement. ", count: 80))</p>\(boxes.joined())</main></body></html>
            """
        #expect(Self.published(html) == expected)
    }

    @Test("a forum profile's registration date beside the first post is not the page's")
    func membershipDate() {
        let html = """
            <html><head><title>Open source forum software? / Discussion / Forums</title></head>
            <body><div id="forum"><h2>#1 2024-08-03 10:59:47</h2><h3>Open source forum software?</h3>
            <dl><dt>archuser</dt><dd>Registered: 2024-01-27</dd><dd>Posts: 98</dd></dl>
            <p>Which forum software do you recommend?</p></div></body></html>
            """
        #expect(Self.published(html) == "2024-08-03")
    }

    @Test("a date element under the headline after a declared date the page shows nowhere is the day the story went out", arguments: [
        (nil, "2022-01-25"),
        // The declared modification, seen from another time zone: the modification rules decide.
        ("2022-01-26T00:30:00Z", "2022-01-15"),
    ] as [(String?, String)])
    func laterShownDate(modified: String?, expected: String) {
        let modifiedMeta = modified.map { "<meta property=\"article:modified_time\" content=\"\($0)\">" } ?? ""
        let html = """
            <html><head><title>Snow sports and wildlife</title>
            <meta property="article:published_time" content="2022-01-15">\(modifiedMeta)</head>
            <body><article><h1>Snow sports and wildlife</h1><div class="meta"><time datetime="2022-01-25">25.01.2022</time></div>
            <p>Text of the story.</p></article></body></html>
            """
        #expect(Self.published(html) == expected)
    }

    @Test("of dates shown around the headlines, the one a date meta states beats today's date in the site's header")
    func confirmedShownDate() {
        let html = """
            <html><head><title>The future of work</title><meta name="date" content="2017-05-01T17:05:00+0200"></head>
            <body><div class="top"><h1><a href="/">Radio</a></h1><span class="site-date">Wednesday, 26.02.2020</span></div>
            <article><h1>The future of work</h1><p>01.05.2017</p><p>Text of the interview.</p></article></body></html>
            """
        #expect(Self.published(html) == "2017-05-01")
    }

    @Test("a date in the lead's sentences gives way to the time element the article marks")
    func leadSentenceDate() {
        let html = """
            <html><head><title>Signs of life after two months</title></head><body><article>
            <h1>Signs of life after two months</h1>
            <p>After the transmitter failed on 24 November 2021, many worried readers wrote to us.</p>
            <p>\(String(repeating: "Text of the story. ", count: 80))</p>
            <p class="info"><time datetime="2022-01-21T11:59:00+01:00">21.01.2022</time></p></article></body></html>
            """
        #expect(Self.published(html) == "2022-01-21")
    }

    @Test("a generic date meta gives way to the one day the body marks, not to a listing's days", arguments: [
        (["2022-01-25"], "2022-01-25"),
        (["2022-01-29", "2022-02-04"], "2022-01-21"),
    ])
    func genericMetaAndMarkedDate(marked: [String], expected: String) {
        let times = marked.map { "<li><time datetime=\"\($0)T08:00:00+01:00\">\($0)</time></li>" }.joined()
        let html = """
            <html><head><title>Nuclear power is not sustainable</title><meta name="dcterms.date" content="2022-01-21T09:43+01:00"></head>
            <body><article><h1>Nuclear power is not sustainable</h1>
            <p>\(String(repeating: "Text of the story. ", count: 80))</p><ul>\(times)</ul></article></body></html>
            """
        #expect(Self.published(html) == expected)
    }
}
