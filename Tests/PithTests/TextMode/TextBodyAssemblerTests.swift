@testable import Pith
import Testing

@Suite("TextBodyAssembler")
struct TextBodyAssemblerTests {
    @Test("picture credits and read-also teasers between paragraphs are left out; a credit as a list item stays")
    func asidesLeftOut() {
        let first = "The council met on Tuesday evening to discuss the new budget for the coming year."
        let second = "Several residents spoke against the plan, saying the library would lose opening hours."
        var listed = TextLine(text: "Source: the council's minutes", sourceLine: 4)
        listed.isListItem = true
        let lines = [
            TextLine(text: first, sourceLine: 0), TextLine(text: "Foto: dpa / Bernd Weißbrod", sourceLine: 1),
            TextLine(text: "Lesen Sie auch: Der Haushalt im Überblick", sourceLine: 2), TextLine(text: second, sourceLine: 3), listed,
        ]
        let blocks = TextBodyAssembler.blocks(
            lines: lines, normalized: lines.map { LineText.normalized($0.text) }, body: lines.map { _ in true }
        )
        #expect(blocks == [
            .paragraph([.text(first)]), .paragraph([.text(second)]),
            .list(ordered: false, items: [[.paragraph([.text("Source: the council's minutes")])]]),
        ])
    }

    @Test("a short newsletter, consent, comment-form or paywall notice is left out; a long line about newsletters and a report left unpublished stay")
    func noticesLeftOut() {
        let prose = "The newsletter, which the council sends to every household each month, will now also be printed in Turkish and Polish so that more residents can follow the budget debate."
        let texts = [
            "Join our Newsletter for the latest news right to your inbox", "This site is protected by reCAPTCHA.",
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
            "You must be logged in to post a comment.", "View the discussion thread.", "Kostenlos registrieren und weiterlesen",
            prose, "Der Bericht der Kommission wird nicht veröffentlicht.",
        ]
        let lines = texts.enumerated().map { index, text in
            var line = TextLine(text: text, sourceLine: index)
            line.wordCount = LineText.wordCount(text)
            return line
        }
        let blocks = TextBodyAssembler.blocks(lines: lines, normalized: texts.map { LineText.normalized($0) }, body: texts.map { _ in true })
        #expect(blocks == [.paragraph([.text(prose)]), .paragraph([.text("Der Bericht der Kommission wird nicht veröffentlicht.")])])
    }

    @Test("a line of tags or categories is left out; prose and code that mention them stay")
    func taxonomyLeftOut() {
        let prose = "Tags are how the council's archive files each decision, and the clerk adds them by hand."
        let code = "{ category: \"Fruits\", price: \"$1\", stocked: true, name: \"Apple\" }"
        let texts = ["Tags: budget, library, council", "Kategorien", "Filed under Local News", prose, code, "Themen der Woche"]
        let lines = texts.enumerated().map { index, text in
            var line = TextLine(text: text, sourceLine: index)
            line.wordCount = LineText.wordCount(text)
            return line
        }
        let blocks = TextBodyAssembler.blocks(lines: lines, normalized: texts.map { LineText.normalized($0) }, body: texts.map { _ in true })
        #expect(blocks == [.paragraph([.text(prose)]), .paragraph([.text(code)]), .paragraph([.text("Themen der Woche")])])
    }
}
