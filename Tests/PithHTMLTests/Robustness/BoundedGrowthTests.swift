import PithHTML
import PithTestSupport
import Testing

/// Regression tests for inputs that once made the parser do work or keep memory out of
/// proportion to their size (found with `pith bench parse --adversarial` style probes). Each test
/// checks the document is right; the speed itself is measured by the benchmark, not here.
@Suite("Robustness: bounded growth")
struct BoundedGrowthTests {
    typealias Checks = RobustnessChecks

    /// Each `<html>` or `<body>` start tag with a new attribute name once copied the element's whole
    /// attribute run: 20k tags of 10 bytes kept 3.2 GB of attribute records.
    @Test("repeated <html> and <body> tags add attributes up to the per-element limit", arguments: ["html", "body"])
    func repeatedRootTagsWithNewAttributes(tagName: String) {
        let count = 5_000
        let input = "<body>" + (0..<count).map { "<\(tagName) a\($0)=\($0)>" }.joined()
        let document = HTMLParser.parse(input)
        Checks.expectSound(document, validUTF8: true)
        let element = try! #require(tagName == "html" ? document.documentElement : document.body)
        let limit = ParserLimits().maxAttributesPerElement
        let attributes = document.attributes(of: element)
        #expect(attributes.count == limit)
        #expect(attributes.first.map { document.string(for: $0.name) } == "a0")
        #expect(attributes.last.map { document.string(for: $0.name) + "=" + $0.value } == "a\(limit - 1)=\(limit - 1)")
        // The records kept are the element's run plus moved copies, bounded by the limit squared
        // (here nothing else adds attributes, so the run grows in place).
        #expect(document.attributes.count <= limit + 1)
    }

    @Test("alternating <html> and <body> tags keep both elements' attributes right")
    func alternatingRootTags() {
        let input = (0..<1_100).map { "<html h\($0)><body b\($0)>" }.joined()
        let document = HTMLParser.parse(input)
        Checks.expectSound(document, validUTF8: true)
        let limit = ParserLimits().maxAttributesPerElement
        let html = try! #require(document.documentElement)
        let body = try! #require(document.body)
        #expect(document.attributes(of: html).map { document.string(for: $0.name) } == (0..<limit).map { "h\($0)" })
        #expect(document.attributes(of: body).map { document.string(for: $0.name) } == (0..<limit).map { "b\($0)" })
        #expect(document.attributes.count <= 2 * limit * limit)
    }

    @Test("an existing attribute is never replaced")
    func existingAttributeKept() {
        let document = HTMLParser.parse("<html lang=en><body class=a><html lang=fr dir=rtl><body class=b id=x>")
        let html = try! #require(document.documentElement)
        let body = try! #require(document.body)
        #expect(document.attribute(.lang, of: html) == "en")
        #expect(document.attribute(.dir, of: html) == "rtl")
        #expect(document.attribute(.class, of: body) == "a")
        #expect(document.attribute(.id, of: body) == "x")
    }

    /// Each inserted `option` once scanned every selected option of the page (and walked up from
    /// each) to find its select's: 20k `<select><option selected>` took 25 s.
    @Test("many selects each mirror their own selected option into their selectedcontent", arguments: [false, true])
    func manySelectsWithSelectedContent(explicitlySelected: Bool) {
        let count = 2_000
        let input = (0..<count).map { index in
            let options = explicitlySelected
                ? "<option>a<option selected>s\(index)<option>c"
                : "<option disabled>d<option>s\(index)<option>c"
            return "<select><button><selectedcontent></selectedcontent></button>\(options)</select>"
        }.joined()
        let document = HTMLParser.parse(input)
        Checks.expectSound(document, validUTF8: true)
        let mirrors = document.descendants(of: .document).filter { document.isHTMLElement($0, named: .selectedcontent) }
        #expect(mirrors.map { document.textContent(of: $0) } == (0..<count).map { "s\($0)" })
    }

    /// Inputs that keep the stack of open elements deep while more tags arrive: `prefix` repeated
    /// `depth` times, then `tail` repeated `count` times. Each tag on such a stack once scanned the
    /// whole stack (100k nested `<div>` took minutes); searches now stop at the reach.
    static let deepStackCases: [(name: String, prefix: String, tail: String)] = [
        ("divs, then </p>", "<div>", "</p>"),
        ("divs, then an unknown end tag", "<div>", "</x>"),
        ("spans, then an unknown end tag", "<span>", "</x>"),
        ("divs, then <li>", "<div>", "<li>"),
        ("divs, then <form>", "<div>", "<form>"),
        ("divs, then selects", "<div>", "<select></select>"),
        ("divs, then tables", "<div>", "<table></table>"),
        ("divs, then <table> text", "<div>", "<table>x<i>"),
        ("divs, then text under <b>", "<div>", "<b>x<!---->"),
        ("divs, then </b>", "<div>", "</b>"),
        ("svg, then an unknown end tag", "<svg>", "</x>"),
        ("unclosed <b>", "<b>", "<b>x"),
        ("formatting across blocks", "<div>", "<b><i><u><s><p>x"),
    ]

    static func deepStackInput(_ testCase: (name: String, prefix: String, tail: String), depth: Int, count: Int) -> [UInt8] {
        Checks.repeated("<b>", 1) + Checks.repeated(testCase.prefix, depth) + Checks.repeated(testCase.tail, count)
    }

    @Test("within the reach, bounded searches change nothing", arguments: deepStackCases)
    func deepStackWithinReach(_ testCase: (name: String, prefix: String, tail: String)) {
        let input = Self.deepStackInput(testCase, depth: 300, count: 40)
        var unbounded = HTMLParser.Options()
        unbounded.limits.maxTreeDepth = 1_000_000
        let bounded = HTMLParser.parse(utf8: input)
        Checks.expectSound(bounded, validUTF8: true)
        #expect(bounded.treeDump() == HTMLParser.parse(utf8: input, options: unbounded).treeDump())
    }

    @Test("beyond the reach, deep stacks give sound documents", arguments: deepStackCases)
    func deepStackBeyondReach(_ testCase: (name: String, prefix: String, tail: String)) {
        let depth = 1_100
        let count = 100
        let document = HTMLParser.parse(utf8: Self.deepStackInput(testCase, depth: depth, count: count))
        let report = Checks.expectSound(document, validUTF8: true)
        #expect(report.maximumDepth <= Checks.depthBound)
        func elements(named name: LocalName) -> Int {
            document.descendants(of: .document).filter { document.isHTMLElement($0, named: name) }.count
        }
        switch testCase.tail {
        case "</p>": #expect(elements(named: .p) == count)  // each `</p>` without a `p` in scope makes one
        case "<li>": #expect(elements(named: .li) == count)
        case "<form>": #expect(elements(named: .form) == 1)  // the form element pointer refuses the rest
        case "<select></select>": #expect(elements(named: .select) == count)
        case "<table></table>": #expect(elements(named: .table) == count)
        case "</x>":
            // The leading `b` ends up deeper than the reach, so it counts as closed: an element
            // inserted past the reach reopens it, once per reach of elements (as spans, not as
            // divs, reconstruct); the end tags add nothing.
            let reopened = testCase.prefix == "<span>" ? depth / ParserLimits().maxTreeDepth : 0
            #expect(document.nodeCount == 4 + 1 + depth + reopened)
        default: break
        }
    }

    @Test("20k nested <div> closed again: content after them lands in body")
    func deepStackClosed() {
        let count = 20_000
        let input = Checks.repeated("<div>", count) + Checks.repeated("</div>", count) + Array("<p>after".utf8)
        let document = HTMLParser.parse(utf8: input)
        Checks.expectSound(document, validUTF8: true)
        let body = try! #require(document.body)
        let last = try! #require(document.lastChild(of: body))
        #expect(document.isHTMLElement(last, named: .p))
        #expect(document.textContent(of: last) == "after")
    }

    /// Distinct unclosed formatting elements (`<b a=1><b a=2>…`, which Noah's Ark does not merge)
    /// made every push, reconstruction and adoption agency run scan them all; markers of nested
    /// objects made the list lookups scan the whole list.
    static func formattingInput(distinct: Int, tail: Int) -> [UInt8] {
        Array(("<i>" + (0..<distinct).map { "<b a=\($0)>" }.joined() + "x</i>y" + String(repeating: "</i>z</b>", count: tail)
            + String(repeating: "<object><u>", count: distinct) + String(repeating: "<u><span><div>w</u>", count: tail)).utf8)
    }

    @Test("distinct formatting elements within the limit parse as without it")
    func distinctFormattingWithinLimit() {
        let input = Self.formattingInput(distinct: 100, tail: 40)  // 300 open elements at most
        var unbounded = HTMLParser.Options()
        unbounded.limits.maxTreeDepth = 1_000_000
        let bounded = HTMLParser.parse(utf8: input)
        Checks.expectSound(bounded, validUTF8: true)
        #expect(bounded.treeDump() == HTMLParser.parse(utf8: input, options: unbounded).treeDump())
    }

    @Test("distinct formatting elements beyond the limit give a sound document")
    func distinctFormattingBeyondLimit() {
        let distinct = 800
        let document = HTMLParser.parse(utf8: Self.formattingInput(distinct: distinct, tail: 100))
        Checks.expectSound(document, validUTF8: true, treeDump: false)
        let text = document.textContent(of: .document)
        #expect(text.hasPrefix("xy"))
        #expect(text.filter { $0 == "w" }.count == 100)
        // Reconstruction reopens at most the limit's worth of elements at a time, not all 800.
        let bold = document.descendants(of: .document).filter { document.isHTMLElement($0, named: .b) }.count
        #expect(bold <= distinct + 100 * ParserLimits().maxTreeDepth)
    }
}
