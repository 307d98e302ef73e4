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
            lines: lines, normalized: lines.map { $0.text.lowercased() }, body: lines.map { _ in true }
        )
        #expect(blocks == [
            .paragraph([.text(first)]), .paragraph([.text(second)]),
            .list(ordered: false, items: [[.paragraph([.text("Source: the council's minutes")])]]),
        ])
    }
}
