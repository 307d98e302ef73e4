import Pith
import Testing

@Suite("MarkdownRenderer")
struct MarkdownRendererTests {
    @Test(
        "drops unsafe link schemes, keeps the label",
        arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", "vbscript:x"])
    func unsafeLinks(href: String) {
        let markdown = MarkdownRenderer().render([.paragraph([.link(text: [.text("label")], href: href)])])
        #expect(markdown == "label")
    }

    @Test("a destination cannot close its link and open another")
    func destinationsAreEncoded() {
        let href = "https://a.example/x) [click](javascript:alert(1)"
        let markdown = MarkdownRenderer().render([.paragraph([.link(text: [.text("label")], href: href)])])
        #expect(markdown == "[label](https://a.example/x%29%20[click]%28javascript:alert%281%29)")
    }

    @Test("images keep safe sources and lose unsafe ones")
    func images() {
        let safe = Figure(source: "/img/a b.png", alternativeText: "A", caption: nil)
        let unsafe = Figure(source: "javascript:alert(1)", alternativeText: "B", caption: [.text("Caption")])
        #expect(MarkdownRenderer().render([.figure(safe)]) == "![A](/img/a%20b.png)")
        #expect(MarkdownRenderer().render([.figure(unsafe)]) == "Caption")
    }

    @Test("the spaces at a link's or emphasis's edges go outside its marks")
    func spacesOutsideMarks() {
        let paragraph: [Inline] = [
            .text("A structured"), .link(text: [.text(" event management")], href: "/x"),
            .text(" process, well-coordinated and"), .emphasis([.text(" executed ")]), .text("efficiently,"),
            .strong([.text(" twice")]), .text("."),
        ]
        #expect(MarkdownRenderer().render([.paragraph(paragraph)])
            == "A structured [event management](/x) process, well-coordinated and *executed* efficiently, **twice**.")
    }

    @Test("a link or emphasis with no words leaves no empty marks")
    func emptyMarks() {
        let paragraph: [Inline] = [.text("Photo"), .link(text: [.text(" ")], href: "/x"), .emphasis([]), .text("here")]
        #expect(MarkdownRenderer().render([.paragraph(paragraph)]) == "Photo here")
    }
}
