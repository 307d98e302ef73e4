import Testing
@testable import Pith

/// `InlineBuilder` collapses whitespace the way a browser lays text out.
@Suite("InlineBuilder")
struct InlineBuilderTests {
    /// The block text built from `pieces`, each a text node, with a `<br>` between the pieces.
    private func text(_ pieces: [String]) -> String? {
        var builder = InlineBuilder()
        for (index, piece) in pieces.enumerated() {
            if index > 0 { builder.appendLineBreak() }
            let bytes = Array(piece.utf8)
            bytes.withUnsafeBufferPointer { _ = builder.appendText($0, preservingWhitespace: false) }
        }
        return builder.finish()?.text
    }

    @Test("the words after a line break keep their spaces; the break's own space goes")
    func afterLineBreak() {
        #expect(text(["One two.", "\nThree four five."]) == "One two.\nThree four five.")
        #expect(text(["One", " Two three "]) == "One\nTwo three")
    }

    @Test("runs of whitespace and no-break spaces collapse to one space", arguments: [
        ("  a \t b\u{00A0}\u{00A0}c\n", "a b c"), ("a", "a"), (" \n ", nil),
    ] as [(String, String?)])
    func collapse(piece: String, expected: String?) {
        #expect(text([piece]) == expected)
    }

    @Test("a page's paragraph split by <br> keeps the spaces of its second line")
    func pageWithLineBreak() {
        let html = """
            <article><p>The first line of the paragraph, long enough to read as content.<br />
            The second line has several words that must stay apart.</p>
            <p>Another paragraph with enough words to count as the article's content.</p></article>
            """
        let body = Extractor().extract(html: Array(html.utf8)).text
        #expect(body.contains("\nThe second line has several words that must stay apart."))
    }
}
