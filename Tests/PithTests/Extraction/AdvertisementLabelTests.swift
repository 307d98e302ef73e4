import Testing
@testable import Pith

/// The labels of advertisement slots leave the body; the same words as list items stay.
@Suite("Advertisement labels")
struct AdvertisementLabelTests {
    static let paragraphs = [
        "The council met on Tuesday evening to discuss the new budget for the coming year, which includes money for roads.",
        "Several residents spoke against the plan, saying that the library would lose half of its opening hours next spring.",
        "The mayor promised to look at the figures again before the final vote, which is expected at the end of the month.",
    ]

    static func body(between label: String) -> String {
        let html = "<html><body><article><h1>Council budget</h1><p>\(paragraphs[0])</p><p>\(label)</p>"
            + "<p>\(paragraphs[1])</p><div>\(label)</div><p>\(paragraphs[2])</p></article></body></html>"
        return Extractor().extract(html: Array(html.utf8)).text
    }

    @Test("a block that only labels an advertisement slot is dropped", arguments: [
        "REKLAMA", "Anzeige", "- Anzeige -", "Advertisement", "Sponsored content", "Реклама",
    ])
    func dropped(label: String) {
        let body = Self.body(between: label)
        #expect(body.contains(Self.paragraphs[1]))
        #expect(!body.contains(label))
    }

    @Test("a longer line that mentions advertising stays")
    func sentenceStays() {
        #expect(Self.body(between: "Advertising revenue fell by a third.").contains("Advertising revenue fell by a third."))
    }

    @Test("a list item or table cell named like a label is kept")
    func listItemStays() {
        let block = TextBlock.sample("Advertising", traits: .listItem)
        #expect(!Extractor.isAdvertisementLabel(block))
        var paragraph = block
        paragraph.traits = []
        #expect(Extractor.isAdvertisementLabel(paragraph))
    }
}
