import Pith
import Testing

@Suite("PlainTextRenderer")
struct PlainTextRendererTests {
    @Test("separates blocks by a blank line and lists by lines")
    func blocks() {
        let blocks: [Block] = [
            .heading(level: 2, text: [.text("Title ")]),
            .paragraph([.text("One "), .strong([.text("two")]), .text(".")]),
            .list(ordered: false, items: [[.paragraph([.text("a")])], [.paragraph([.text("b")])]]),
            .table(Table(rows: [[TableCell(content: [.text("x")]), TableCell(content: [.text("y")])]])),
        ]
        #expect(PlainTextRenderer().render(blocks) == "Title\n\nOne two.\n\na\nb\n\nx | y")
    }
}
