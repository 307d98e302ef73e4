import Pith
import Testing

@Suite("CleanHTMLRenderer")
struct CleanHTMLRendererTests {
    @Test(
        "drops unsafe link schemes, keeps the label",
        arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "\u{1}javascript:alert(1)",
                    "data:text/html,<script>alert(1)</script>", "vbscript:x", "file:///etc/passwd"])
    func unsafeLinks(href: String) {
        let html = CleanHTMLRenderer().render([.paragraph([.link(text: [.text("label")], href: href)])])
        #expect(html == "<p>label</p>")
    }

    @Test("keeps http, https, mailto and relative links, escaped", arguments: [
        ("https://a.example/?q=1&r=\"2\"", "https://a.example/?q=1&amp;r=&quot;2&quot;"),
        ("http://a.example/x", "http://a.example/x"),
        ("mailto:desk@a.example", "mailto:desk@a.example"),
        ("/relative/path?x=a:b", "/relative/path?x=a:b"),
    ])
    func safeLinks(href: String, rendered: String) {
        let html = CleanHTMLRenderer().render([.paragraph([.link(text: [.text("label")], href: href)])])
        #expect(html == "<p><a href=\"\(rendered)\">label</a></p>")
    }

    @Test("text and attributes are escaped, so markup in them stays text")
    func escaping() {
        let figure = Figure(source: "javascript:alert(1)", alternativeText: "\" onerror=\"alert(2)", caption: [.text("<script>alert(3)</script>")])
        let safeFigure = Figure(source: "/a.png", alternativeText: "\" onerror=\"alert(4)", caption: nil)
        let html = CleanHTMLRenderer().render([
            .heading(level: 2, text: [.text("<img src=x onerror=alert(5)>")]),
            .figure(figure),
            .figure(safeFigure),
            .code(text: "</code><script>alert(6)</script>", language: "js\" onload=\"alert(7)"),
        ])
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<h2>&lt;img src=x onerror=alert(5)&gt;</h2>"))
        #expect(html.contains("<figure><figcaption>&lt;script&gt;alert(3)&lt;/script&gt;</figcaption></figure>"))
        #expect(html.contains("<img src=\"/a.png\" alt=\"&quot; onerror=&quot;alert(4)\">"))
        #expect(html.contains("<code class=\"language-js&quot; onload=&quot;alert(7)\">"))
    }
}
