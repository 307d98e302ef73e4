import PithEval
import Testing

@Suite("NaiveTextRenderer")
struct NaiveTextRendererTests {
    static let page = """
        <!doctype html><html><head><title>Not shown</title><style>p{}</style></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <svg><symbol><title>icon fb</title></symbol><symbol><title>icon tw</title></symbol></svg>
        <a href="/share" aria-label="Share"><i class="icon"></i></a>
        <div>Sidebar text <span>inline</span></div>
        <article><h1>The headline</h1>
        <p>First <strong>bold</strong> paragraph with <a href="/x">a link</a>.</p>
        <ul><li>One</li><li>Two</li></ul>
        <p hidden>Shown all the same</p><script>var x = 1;</script>
        <table><tr><td>a</td><td>b</td></tr></table></article>
        </body></html>
        """

    @Test("blocks: a line per block, blank lines around paragraphs and headings, icon labels run together")
    func blocks() {
        let text = NaiveTextRenderer(style: .blocks).render(html: Array(Self.page.utf8))
        #expect(text == """
            Home News
            icon fbicon tw Share
            Sidebar text inline

            The headline

            First bold paragraph with a link.

            One
            Two

            Shown all the same

            a\tb
            """)
    }

    @Test("inline: lines only at paragraph-level elements, no blank lines")
    func inline() {
        let text = NaiveTextRenderer(style: .inline).render(html: Array(Self.page.utf8))
        #expect(text == """
            Home News icon fbicon tw Share Sidebar text inline
            The headline
            First bold paragraph with a link.
            One
            Two
            Shown all the same
            a\tb
            """)
    }

    @Test("markdown: headings, bullets, links and strong text marked up")
    func markdown() {
        let text = NaiveTextRenderer(style: .markdown).render(html: Array(Self.page.utf8))
        #expect(text == """
            [Home](/) [News](/news)

            icon fbicon tw Share

            Sidebar text inline

            # The headline

            First **bold** paragraph with [a link](/x).

            * One
            * Two

            Shown all the same

            a\tb
            """)
    }

    @Test("wrapped: no line longer than the wrap width")
    func wrapped() {
        let long = "<p>" + String(repeating: "word ", count: 100) + "</p><ul><li>" + String(repeating: "item ", count: 30) + "</li></ul>"
        let text = NaiveTextRenderer(style: .wrapped).render(html: Array(long.utf8))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= NaiveTextRenderer.wrapWidth })
        #expect(lines.count > 5)
        #expect(lines.contains { $0.hasPrefix("  * item") })
        #expect(lines.contains { $0.hasPrefix("    item") })
    }
}
