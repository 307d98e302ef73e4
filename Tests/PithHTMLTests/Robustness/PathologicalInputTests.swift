import PithHTML
import PithTestSupport
import Testing

/// Inputs built to break parsers: each must still give a sound document, built without recursion
/// over its depth and without growth beyond ``ParserLimits``. (Their timing is measured by
/// `pith bench parse DIR --adversarial`, not here.)
@Suite("Robustness: pathological inputs")
struct PathologicalInputTests {
    typealias Checks = RobustnessChecks

    // MARK: - Bytes

    @Test("empty input gives the three implied elements")
    func emptyInput() {
        let document = HTMLParser.parse(utf8: [])
        Checks.expectSound(document, validUTF8: true)
        #expect(document.treeDump() == "| <html>\n|   <head>\n|   <body>\n")
        #expect(document.nodeCount == 4)
    }

    @Test("only NUL bytes: dropped in body text, no crash", arguments: [1, 1000, 200_000])
    func onlyNULs(count: Int) {
        let document = HTMLParser.parse(utf8: [UInt8](repeating: 0, count: count))
        Checks.expectSound(document, validUTF8: true)
        // In body, U+0000 is a parse error and is ignored.
        #expect(document.textContent(of: .document) == "")
        #expect(document.nodeCount == 4)
    }

    @Test("NULs in every kind of markup")
    func nulsInMarkup() {
        let input = "<\0di\0v \0a\0=\0\"\0\" b='\0'>\0<!--\0--><!DOCTYPE \0><script>\0</script><svg>\0<![CDATA[\0]]></svg>"
        let document = HTMLParser.parse(input)
        Checks.expectSound(document, validUTF8: true)
    }

    @Test("invalid UTF-8 is kept as bytes and never breaks the tree")
    func invalidUTF8() {
        // Stray continuation bytes, overlong forms, surrogates, truncated sequences, 0xFE/0xFF.
        var bytes: [UInt8] = []
        for index in 0..<20_000 {
            bytes.append(UInt8(truncatingIfNeeded: 0x80 &+ index % 128))
            if index % 97 == 0 { bytes += Array("<p title=\"".utf8) + [0xC0, 0x80, 0xED, 0xA0, 0x80] + Array("\">".utf8) }
        }
        bytes += [0xF0, 0x9F, 0x98]
        let document = HTMLParser.parse(utf8: bytes)
        Checks.expectSound(document)
        #expect(document.textContent(of: .document).unicodeScalars.contains("\u{FFFD}"))
    }

    @Test("a byte order mark and every single byte value parse")
    func everyByte() {
        let document = HTMLParser.parse(utf8: [0xEF, 0xBB, 0xBF] + (0...255).map(UInt8.init))
        Checks.expectSound(document)
    }

    // MARK: - Depth

    @Test("100k nested <div>: the tree is capped at the depth limit")
    func deeplyNestedDivs() {
        let count = 100_000
        let document = HTMLParser.parse(utf8: Checks.repeated("<div>", count) + Array("deep".utf8))
        let report = Checks.expectSound(document, validUTF8: true, treeDump: false)
        #expect(report.maximumDepth == Checks.depthBound)
        // Every div is kept: those past the cap hang below the element at the cap.
        #expect(document.nodeCount == 4 + count + 1)
        #expect(document.textContent(of: .document) == "deep")
        let capped = ParserLimits().maxTreeDepth - 2  // html and body are above the divs
        let html = document.serializedHTML()
        #expect(html.hasPrefix("<html><head></head><body>" + String(repeating: "<div>", count: capped + 1) + "</div><div></div>"))
    }

    @Test("2k nested <div>: the capped tree dumps, serializes and parses back the same")
    func nestedDivsRoundTrip() {
        let document = HTMLParser.parse(utf8: Checks.repeated("<div>", 2_000) + Array("deep".utf8))
        let report = Checks.expectSound(document, validUTF8: true)
        #expect(report.maximumDepth == Checks.depthBound)
        Checks.expectRoundTrip(document)
    }

    @Test("20k unclosed <b>: Noah's Ark keeps the formatting list short, the tree capped")
    func unclosedBold() {
        let document = HTMLParser.parse(utf8: Checks.repeated("<b>x", 20_000))
        Checks.expectSound(document, validUTF8: true, treeDump: false)
        #expect(document.textContent(of: .document) == String(repeating: "x", count: 20_000))
    }

    @Test("20k unclosed <a>: each one closes the previous through the adoption agency")
    func unclosedAnchors() {
        let document = HTMLParser.parse(utf8: Checks.repeated("<a href=x>y", 20_000))
        let report = Checks.expectSound(document, validUTF8: true)
        #expect(report.maximumDepth == 4)
        let body = try! #require(document.body)
        #expect(Array(document.children(of: body)).count == 20_000)
    }

    @Test("unclosed formatting elements across blocks: reconstruction stays bounded")
    func formattingAcrossBlocks() {
        // Each `<p>` closes the previous one and the formatting elements are reconstructed.
        let document = HTMLParser.parse(utf8: Checks.repeated("<b><i><u><s><p>x", 2_000))
        Checks.expectSound(document, validUTF8: true, treeDump: false)
        #expect(document.textContent(of: .document) == String(repeating: "x", count: 2_000))
    }

    @Test("5k nested <table><tr><td>")
    func nestedTables() {
        let document = HTMLParser.parse(utf8: Checks.repeated("<table><tr><td>", 5_000) + Array("cell".utf8))
        let report = Checks.expectSound(document, validUTF8: true, treeDump: false)
        #expect(report.maximumDepth == Checks.depthBound)
        #expect(document.textContent(of: .document) == "cell")
    }

    @Test("text and misnested tags inside deep tables are foster-parented soundly")
    func fosterParentingDeepTables() {
        let document = HTMLParser.parse(utf8: Checks.repeated("<table>x<tr>y<td>z<table>w</b><p>", 1_000))
        Checks.expectSound(document, validUTF8: true, treeDump: false)
    }

    @Test("deeply nested <svg> and <math> foreign content", arguments: ["<svg>", "<math>", "<svg><foreignObject><math><mi>", "<math><annotation-xml encoding=text/html><svg><desc>"])
    func nestedForeignContent(piece: String) {
        let document = HTMLParser.parse(utf8: Checks.repeated(piece, 2_000) + Array("t</svg></math><p>p".utf8))
        Checks.expectSound(document, validUTF8: true, treeDump: false)
        #expect(document.textContent(of: .document).hasSuffix("p"))
    }

    @Test("10k nested <template>: each contents fragment stays shallow")
    func nestedTemplates() {
        let count = 10_000
        let document = HTMLParser.parse(utf8: Checks.repeated("<template><div>", count) + Array("in".utf8))
        let report = Checks.expectSound(document, validUTF8: true)
        #expect(report.maximumTemplateDepth <= Checks.depthBound)
        #expect(document.templateContents.count == count)
        // The text is in exactly one template's contents (not children, so not in textContent).
        let holders = document.templateContents.values.filter { document.textContent(of: $0) == "in" }
        #expect(holders.count == 1)
        #expect(document.textContent(of: .document) == "")
    }

    @Test("1000 nested <select>, <option> and <selectedcontent>")
    func nestedSelects() {
        let document = HTMLParser.parse(utf8: Checks.repeated("<select><button><selectedcontent></selectedcontent></button><option>o", 1_000))
        Checks.expectSound(document, validUTF8: true)
        let nested = HTMLParser.parse(utf8: Checks.repeated("<select><option><selectedcontent><optgroup><option selected>", 1_000))
        Checks.expectSound(nested, validUTF8: true)
    }

    // MARK: - Size

    @Test("a 5 MB text node is kept whole")
    func hugeTextNode() {
        let text = Checks.repeated("lorem ipsum ", 5_000_000 / 12)
        let document = HTMLParser.parse(utf8: Array("<p>".utf8) + text)
        // The dump and the UTF-8 check would only copy and decode the text again, slowly in debug.
        Checks.expectSound(document, treeDump: false)
        let paragraph = try! #require(document.body.flatMap { document.firstChild(of: $0) })
        let textNode = try! #require(document.firstChild(of: paragraph))
        #expect(document.textByteCount(of: textNode) == text.count)
        #expect(document.nextSibling(of: textNode) == nil)
    }

    @Test("a 1 MB attribute value is kept whole")
    func hugeAttributeValue() {
        let value = String(repeating: "a&amp;", count: 1_000_000 / 6)
        let document = HTMLParser.parse("<div title=\"\(value)\">x")
        Checks.expectSound(document, treeDump: false)
        let div = try! #require(document.body.flatMap { document.firstChild(of: $0) })
        #expect(document.attribute(.title, of: div) == String(repeating: "a&", count: 1_000_000 / 6))
        Checks.expectRoundTrip(document)
    }

    @Test("5000 attributes: the first maxAttributesPerElement are kept, the rest dropped")
    func manyAttributes() {
        let attributes = (0..<5_000).map { " a\($0)=v\($0)" }.joined()
        let document = HTMLParser.parse("<div\(attributes)>x")
        Checks.expectSound(document, validUTF8: true)
        let div = try! #require(document.body.flatMap { document.firstChild(of: $0) })
        let limit = ParserLimits().maxAttributesPerElement
        #expect(document.attributeCount(of: div) == limit)
        #expect(document.attributes(of: div).last?.value == "v\(limit - 1)")
        #expect(document.localName("a\(limit)").map { document.hasAttribute($0, of: div) } != true)
    }

    @Test("5000 attributes of one name: duplicates are dropped")
    func duplicateAttributes() {
        let document = HTMLParser.parse("<div" + String(repeating: " a=1", count: 5_000) + ">")
        Checks.expectSound(document, validUTF8: true)
        let div = try! #require(document.body.flatMap { document.firstChild(of: $0) })
        #expect(document.attributeCount(of: div) == 1)
    }

    @Test("<plaintext> makes everything after it text")
    func plaintext() {
        let tail = String(repeating: "<b>&amp;</plaintext><!-- x --></body>\0", count: 50_000)
        let document = HTMLParser.parse("<p>before<plaintext>" + tail)
        Checks.expectSound(document, validUTF8: true)
        let expected = "before" + tail.replacingOccurrences(of: "\0", with: "\u{FFFD}")
        #expect(document.textContent(of: .document) == expected)
    }

    // MARK: - DOCTYPEs and truncation

    @Test(
        "mislabelled and garbage DOCTYPEs",
        arguments: [
            ("<!DOCTYPE>", QuirksMode.quirks),
            ("<!DOCTYPE html>", .noQuirks),
            ("<!doctype HTML SYSTEM 'about:legacy-compat'>", .noQuirks),
            ("<!DOCTYPEhtml>", .noQuirks),
            ("<!DOCTYPE html PUBLIC>", .quirks),
            ("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">", .quirks),
            ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"x\">", .limitedQuirks),
            ("<!DOCTYPE html PUBLIC \"x\" \"y", .quirks),
            ("<!DOCTYPE html5>", .quirks),
            ("<!DOCTYPE \0\u{FFFD}\u{1F600} junk junk SYSTEM>", .quirks),
            ("<!DOCTYPE html><!DOCTYPE svg><!DOCTYPE>", .noQuirks),
            ("<!DOCTYPE html SYSTEM \"{100k x}\">", .noQuirks),
            ("<!DOCTYPE {100k h}", .quirks),
        ]
    )
    func garbageDoctypes(input: String, quirks: QuirksMode) {
        // `{100k c}` stands for 100,000 copies of `c` (kept out of the test's name).
        var input = input
        for filler in ["x", "h"] {
            input = input.replacingOccurrences(of: "{100k \(filler)}", with: String(repeating: filler, count: 100_000))
        }
        let document = HTMLParser.parse(input + "<p>x")
        Checks.expectSound(document, validUTF8: true)
        #expect(document.quirksMode == quirks)
        let doctypes = document.children(of: .document).filter { document.kind(of: $0) == .documentType }
        #expect(doctypes.count == 1)
        #expect(document.documentElement != nil)
    }

    @Test(
        "a file cut off anywhere ends the document soundly",
        arguments: [
            ("<p>hello<div cla", "hello"),
            ("<p>hello<div class=", "hello"),
            ("<p>hello<div class=\"ab", "hello"),
            ("<p>hello<div class='ab' ", "hello"),
            ("<p>hello</di", "hello"),
            ("<p>hello<", "hello<"),
            ("<p>hello</", "hello</"),
            ("<p>hello<!-- never", "hello"),
            ("<p>hello<!--", "hello"),
            ("<p>hello<!-", "hello"),
            ("<p>hello<!DOCTYPE html PUBLIC \"x", "hello"),
            ("<p>hello<![CDATA[x", "hello"),
            ("<p>a &am", "a &am"),
            ("<p>a &amp", "a &"),
            ("<p>a &#x4", "a \u{04}"),
            ("<p>a &#x41", "a A"),
            ("<p>a &#", "a &#"),
            ("<p>a &#x", "a &#x"),
            ("<p>a &notin", "a ¬in"),
            ("<p>\u{E9}\u{1F600}", "\u{E9}\u{1F600}"),
            ("<script>var a = '<!--<script>", "var a = '<!--<script>"),
            ("<textarea>abc&lt", "abc<"),
            ("<title>t</tit", "t</tit"),
            ("<svg><![CDATA[abc", "abc"),
        ]
    )
    func truncated(input: String, text: String) {
        let document = HTMLParser.parse(input)
        Checks.expectSound(document, validUTF8: true)
        #expect(document.textContent(of: .document) == text)
    }

    @Test("every prefix of a small page parses soundly")
    func everyPrefix() {
        let page = Array(
            """
            <!DOCTYPE html><html lang=en><head><title>T &amp; t</title><script>if (a<b) {}</script>
            <style>p{}</style></head><body><!-- c --><p class="x" id=y>Hi &notin; &#x1F600;<b>b<i>i</b>
            </i><table><tr><td>c<td>d</table><svg viewBox="0 0 1 1"><path d=""/><foreignObject><p>f
            </foreignObject></svg><math><mi>x</mi></math><template><li>t</template><select><option
            selected>o<selectedcontent></selectedcontent></select><textarea>
            ta</textarea><plaintext>pt
            """.utf8
        )
        for length in 0...page.count {
            let prefix = Array(page[0..<length])
            Checks.expectSound(HTMLParser.parse(utf8: prefix))
        }
    }
}
