import Testing
@testable import Pith

/// A page that ships a section twice (phone and desktop layouts) shows it once.
@Suite("Repeated blocks")
struct RepeatedBlocksTests {
    @Test("a repeat of an earlier kept block goes; short labels and code may repeat")
    func dropsRepeats() {
        let section = "Capture crystal-clear close-ups of birds with our camera."
        let code = "export TWILIO_ACCOUNT_SID=your_account_sid_here"
        var kept: [TextBlock] = [
            .sample(section), .sample("Read more"), .sample(code, traits: .preformatted),
            .sample("Read more"), .sample(section), .sample(code, traits: .preformatted),
        ]
        Extractor.dropRepeatedBlocks(&kept)
        #expect(kept.map(\.text) == [section, "Read more", code, "Read more", code])
    }

    @Test("a block right after its own copy goes however short; table cells and code stay")
    func dropsImmediateRepeats() {
        var kept: [TextBlock] = [
            .sample("Capture every detail", headingLevel: 2), .sample("Capture every detail"), .sample("Yes", traits: .tableCell),
            .sample("Yes", traits: .tableCell), .sample("make", traits: .preformatted), .sample("make", traits: .preformatted),
            .sample("Capture every detail"),
        ]
        Extractor.dropImmediateRepeats(&kept)
        #expect(kept.map(\.text) == ["Capture every detail", "Yes", "Yes", "make", "make", "Capture every detail"])
    }

    @Test("short all-link blocks at the body's edges go; linked words inside it and longer links stay")
    func dropsEdgeLinks() {
        func link(_ text: String) -> TextBlock {
            var block = TextBlock.sample(text)
            block.linkWordCount = block.wordCount
            return block
        }
        let paragraph = "The council met on Tuesday evening to discuss the new budget."
        var kept = [
            link("Web Design"), link("Design"), .sample(paragraph), link("Budget"), .sample(paragraph + " Again."),
            link("Read the full council budget report"), link("Forums"),
        ]
        Extractor.dropEdgeLinks(&kept)
        #expect(kept.map(\.text) == [paragraph, "Budget", paragraph + " Again.", "Read the full council budget report"])
        var onlyLinks = [link("Home"), link("News")]
        Extractor.dropEdgeLinks(&onlyLinks)
        #expect(onlyLinks.count == 2)
    }

    @Test("an article's section shipped twice reads once")
    func articleSectionOnce() {
        let paragraphs = [
            "The council met on Tuesday evening to discuss the new budget for the coming year, which includes money for roads.",
            "Several residents spoke against the plan, saying that the library would lose half of its opening hours next spring.",
        ]
        let section = paragraphs.map { "<p>\($0)</p>" }.joined()
        let html = """
            <html><head><meta property="og:type" content="article"></head><body><article><h1>Council budget</h1>
            <div class="mobile">\(section)</div><div class="desktop">\(section)</div></article></body></html>
            """
        let article = Extractor().extract(html: Array(html.utf8))
        #expect(article.pageType == .article)
        #expect(article.text == paragraphs.joined(separator: "\n\n"))
    }
}
