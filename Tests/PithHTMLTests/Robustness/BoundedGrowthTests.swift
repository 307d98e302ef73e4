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
}
