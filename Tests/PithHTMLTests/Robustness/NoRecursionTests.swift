import PithHTML
import PithTestSupport
import Testing

/// Regression tests for parser paths that once recursed once per level of the input's nesting,
/// which overflows a thread's stack (a test thread's first: they are smaller than the main one).
@Suite("Robustness: no recursion over depth")
struct NoRecursionTests {
    typealias Checks = RobustnessChecks

    /// At the end of the file "in template" closes the current template and reprocesses the token,
    /// which reaches "in template" again for the next one: this recursed once per open template
    /// and crashed on 10k of them.
    @Test("the end of the file closes 10k open templates without recursing")
    func endOfFileInNestedTemplates() {
        let count = 10_000
        let document = HTMLParser.parse(utf8: Checks.repeated("<template>", count) + Array("in".utf8))
        Checks.expectSound(document, validUTF8: true)
        #expect(document.templateContents.count == count)
        // Past the depth cap the templates are empty siblings in the contents of the template at
        // the cap, and so is the text.
        #expect(document.serializedHTML().contains("<template></template>in</template>"))
    }

    @Test("nested templates closed by the end of the file keep the tree the spec gives")
    func endOfFileInNestedTemplatesTree() {
        let count = 200  // 400 open elements, within the depth cap
        let document = HTMLParser.parse(utf8: Checks.repeated("<template><div>", count) + Array("in".utf8))
        Checks.expectSound(document, validUTF8: true)
        let expected = "<html><head>" + String(repeating: "<template><div>", count: count) + "in"
            + String(repeating: "</div></template>", count: count) + "</head><body></body></html>"
        #expect(document.serializedHTML() == expected)
    }

    @Test("the end of the file in templates within tables, cells and bodies", arguments: ["<table><tr><td><template>", "<body><template><table><template>", "<template><tr><template><td>"])
    func endOfFileInMixedTemplates(piece: String) {
        let document = HTMLParser.parse(utf8: Checks.repeated(piece, 1_000) + Array("x".utf8))
        Checks.expectSound(document, validUTF8: true, treeDump: false)
    }
}

/// The depth cap holds whatever restructures the tree after insertion.
@Suite("Robustness: depth cap")
struct DepthCapTests {
    typealias Checks = RobustnessChecks

    /// Past the cap, stack elements are siblings in the tree, and each adoption agency run moved the
    /// furthest block's subtree under a sibling: 100 misnested `</u>` made the tree 600 deep.
    @Test("misnested formatting end tags past the depth cap keep the tree within it", arguments: ["<object>", "<div>", "<span>"])
    func adoptionAgencyPastTheCap(filler: String) {
        let input = String(repeating: filler, count: 600) + String(repeating: "<u><span><div>w</u>", count: 200)
        let document = HTMLParser.parse(input)
        let report = Checks.expectSound(document, validUTF8: true)
        #expect(report.maximumDepth <= Checks.depthBound)
        #expect(document.textContent(of: .document) == String(repeating: "w", count: 200))
    }
}

extension DepthCapTests {
    /// A `selectedcontent` receives deep clones of its selected option's children when the option
    /// is closed: a deep `selectedcontent` and a deep option subtree made a 1,000-deep tree.
    @Test("cloning a deep option into a deep selectedcontent keeps the tree within the cap")
    func selectedContentClonePastTheCap() {
        let input = "<select>" + String(repeating: "<div>", count: 490) + "<selectedcontent></selectedcontent>"
            + String(repeating: "</div>", count: 490) + "<option>" + String(repeating: "<div>", count: 600) + "x</select>"
        let document = HTMLParser.parse(input)
        let report = Checks.expectSound(document, validUTF8: true)
        #expect(report.maximumDepth <= Checks.depthBound)
        // The option's text is mirrored (flattened past the cap, but present).
        let mirror = try! #require(document.descendants(of: .document).first { document.isHTMLElement($0, named: .selectedcontent) })
        #expect(document.textContent(of: mirror) == "x")
    }
}

extension DepthCapTests {
    @Test("a selectedcontent at any depth near the cap keeps the tree within it", arguments: [508, 509, 510, 511, 512])
    func selectedContentAtTheCap(depth: Int) {
        let input = "<select>" + String(repeating: "<div>", count: depth - 3) + "<selectedcontent></selectedcontent>"
            + String(repeating: "</div>", count: depth - 3) + "<option>" + String(repeating: "<b>", count: 20) + "x</select>"
        let document = HTMLParser.parse(input)
        let report = Checks.expectSound(document, validUTF8: true)
        #expect(report.maximumDepth <= Checks.depthBound)
    }
}
