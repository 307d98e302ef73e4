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

