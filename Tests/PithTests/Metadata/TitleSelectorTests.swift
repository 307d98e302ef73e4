import Pith
import PithHTML
import Testing

@Suite("TitleSelector")
struct TitleSelectorTests {
    static func title(_ html: String, url: String? = "https://shop.example.com/item") -> String? {
        let document = HTMLParser.parse(html)
        let options = MetadataOptions(now: ArticleDate(year: 2026, month: 11, day: 25))
        return MetadataExtractor.extract(from: document, url: url, options: options).title
    }

    @Test("drops pictographs, dingbats and empty brackets from the headline's ends", arguments: [
        ("🎤 Rode NT1 5th Generation", "Rode NT1 5th Generation"),
        ("Home Gym Must Haves ⋆", "Home Gym Must Haves"),
        ("Digital cameras: a status symbol? 🤔", "Digital cameras: a status symbol?"),
        ("Decorating Clips, Clear, 40-Clips ()", "Decorating Clips, Clear, 40-Clips"),
        ("★ Best of 2025 [ ]", "Best of 2025"),
        ("Roomba® j7+", "Roomba® j7+"),
        ("Sale (50% off)", "Sale (50% off)"),
    ])
    func decorations(heading: String, expected: String) {
        let html = "<html><head><title>\(heading) | Shop</title></head><body><h1>\(heading)</h1></body></html>"
        #expect(Self.title(html) == expected)
    }

    @Test("keeps a title made only of pictographs")
    func onlyPictographs() {
        #expect(Self.title("<html><head><title>🎄🎁</title></head><body><p>Gifts.</p></body></html>") == "🎄🎁")
    }

    @Test("matches the h1 against either side of a declared title's colon")
    func colonSide() {
        let html = """
            <html><head><meta property="og:title" content="Hiking Boots: Shop Boots for Hiking &amp; Backpacking | Outfitter">
            <meta property="og:site_name" content="Outfitter"></head>
            <body><h1>Hiking Boots</h1><p>42 products</p></body></html>
            """
        #expect(Self.title(html) == "Hiking Boots")
    }

    @Test("keeps the declared title when the h1 is only a part of it without a colon")
    func noColonSide() {
        let html = """
            <html><head><meta property="og:title" content="Height Adjustable Standing Desks | Outfitter">
            <meta property="og:site_name" content="Outfitter"></head>
            <body><h1>Standing desks</h1><p>42 products</p></body></html>
            """
        #expect(Self.title(html) == "Height Adjustable Standing Desks")
    }

    @Test("a logo h1 that says the declared title's brand suffix is not the headline, on any host")
    func logoSayingBrandSuffix() {
        let html = """
            <html><head><title>Paris Haute Couture SS14: Serkan Cura | modabot</title></head>
            <body><header><h1><a href="/">modabot</a></h1></header>
            <article><h1>Paris Haute Couture SS14: Serkan Cura</h1><p>Text.</p></article></body></html>
            """
        #expect(Self.title(html, url: "https://archive.example.org/web/2019/modabot") == "Paris Haute Couture SS14: Serkan Cura")
    }

    @Test("prefers a heading that says the whole declared title to an h1 that says a side of it")
    func wholeBeforeSide() {
        let html = """
            <html><head><title>Data Notes: Small adventures with small models</title>
            <meta property="og:title" content="Small adventures with small models"></head>
            <body><header><h1>Data Notes</h1></header><h3>Small adventures with small models</h3><p>Text.</p></body></html>
            """
        #expect(Self.title(html) == "Small adventures with small models")
    }

    @Test("a sidebar h1 that says the title's last segment gives way to the heading that says the rest")
    func lastSegmentIsTheSite() {
        let html = """
            <html><head><title>What is Ownership? - The Rust Programming Language</title></head>
            <body><div class="menu-bar"><h1>The Rust Programming Language</h1></div>
            <main><h2>What Is Ownership?</h2><p>Text.</p></main></body></html>
            """
        #expect(Self.title(html, url: "https://doc.example.org/book/ch04-01.html") == "What is Ownership?")
    }

    @Test("drops a bracketed tag that mentions the site; other brackets stay", arguments: [
        ("Welcome to LWN.net [LWN.net]", "https://lwn.net/", "Welcome to LWN.net"),
        ("A Year in a Tiny House (tiny house forum at permies)", "https://permies.com/t/1", "A Year in a Tiny House"),
        ("Once and Future World (2013, Hardcover)", "https://books.example.com/1", "Once and Future World (2013, Hardcover)"),
    ])
    func bracketedSiteTag(declared: String, url: String, expected: String) {
        let html = "<html><head><title>\(declared)</title></head><body><p>Text.</p></body></html>"
        #expect(Self.title(html, url: url) == expected)
    }

    @Test("an h1 may say the declared title without the site's name before it or a shop's call to buy", arguments: [
        ("iFixit Essential Electronics Toolkit", "https://www.ifixit.com/products/1", "Essential Electronics Toolkit", "Essential Electronics Toolkit"),
        ("Buy Electric Guitars at Thomann", "https://www.thomann.de/guitars", "Electric Guitars", "Electric Guitars"),
        ("Shop Wired & Bluetooth Headphones", "https://shop.example.com/c/1", "Wired & Bluetooth Headphones", "Wired & Bluetooth Headphones"),
        // Without a heading that says the rest, the declared title stays whole.
        ("iFixit Essential Electronics Toolkit", "https://www.ifixit.com/products/1", "Toolkits", "iFixit Essential Electronics Toolkit"),
    ])
    func declaredFrames(declared: String, url: String, heading: String, expected: String) {
        let html = """
            <html><head><meta property="og:title" content="\(declared)"></head>
            <body><h1>\(heading)</h1><p>Text.</p></body></html>
            """
        #expect(Self.title(html, url: url) == expected)
    }

    @Test("an h1 that says the declared title with other numbers is the updated headline")
    func updatedNumbers() {
        let html = """
            <html><head><meta property="og:title" content="Guide to filing your taxes in 2024 | Example Bank"></head>
            <body><main><h1>Guide to filing your taxes in 2025</h1><p>Text.</p></main></body></html>
            """
        #expect(Self.title(html) == "Guide to filing your taxes in 2025")
    }

    @Test("the only main h1 beats a template's title that shares no word with it; with more h1s the title stays", arguments: [
        ("<main><h1>Enameled Cast Iron Pan and Metal</h1><p>Text.</p></main>", "Enameled Cast Iron Pan and Metal"),
        ("<main><h1>Follow the author</h1><h1>Atomic Habits</h1><p>Text.</p></main>", "The heart of the internet"),
    ])
    func templateTitle(body: String, expected: String) {
        let html = "<html><head><title>Reddit - The heart of the internet</title></head><body>\(body)</body></html>"
        #expect(Self.title(html, url: "https://www.reddit.com/r/castiron/comments/1") == expected)
    }

    @Test("drops the Markdown a headline was rendered from", arguments: [
        ("## Hyper-Local Regolith Binding", "Hyper-Local Regolith Binding"),
        ("*A Treatise Concerning Coffee* (1792)", "A Treatise Concerning Coffee (1792)"),
        ("M*A*S*H reruns", "M*A*S*H reruns"),
        ("#1 Guide to Tents", "#1 Guide to Tents"),
        ("Rates from 5* to 4*", "Rates from 5* to 4*"),
    ])
    func markdownMarks(declared: String, expected: String) {
        let html = "<html><head><title>\(declared)</title></head><body><p>Text.</p></body></html>"
        #expect(Self.title(html, url: nil) == expected)
    }

    @Test("a slash-separated forum title matches the topic's heading; numbers after a slash stay", arguments: [
        ("What happened with the ISO / Discussion / Forums", "<h3>What happened with the ISO</h3>", "What happened with the ISO"),
        ("Tech conferences in 2026 / 2027", "<p>Listing.</p>", "Tech conferences in 2026 / 2027"),
    ])
    func slashSeparators(declared: String, body: String, expected: String) {
        let html = "<html><head><title>\(declared)</title></head><body>\(body)<p>Text.</p></body></html>"
        #expect(Self.title(html, url: nil) == expected)
    }
}

