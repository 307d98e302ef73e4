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
}
