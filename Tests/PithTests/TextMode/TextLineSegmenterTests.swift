@testable import Pith
import Testing

@Suite("TextLineSegmenter")
struct TextLineSegmenterTests {
    @Test("collapses whitespace and counts blank lines around lines")
    func layout() {
        let lines = TextLineSegmenter.lines(of: "  One\t two  \r\n\r\n\r\nThree\nFour\n\n")
        #expect(lines.map(\.text) == ["One two", "Three", "Four"])
        #expect(lines.map(\.blankLinesBefore) == [0, 2, 0])
        #expect(lines.map(\.blankLinesAfter) == [2, 0, 1])
        #expect(lines[0].indentation == 2)
    }

    @Test("reads and removes Markdown")
    func markdown() {
        let lines = TextLineSegmenter.lines(of: "## A **bold** heading ##\n* [Home](/) and ![logo](/l.png) more\n> quoted `code`\n1. first")
        #expect(lines.map(\.text) == ["A bold heading", "Home and more", "quoted code", "first"])
        #expect(lines[0].headingLevel == 2)
        #expect(lines[1].isListItem && lines[1].linkCount == 1 && lines[1].linkedCharacters == 4)
        #expect(lines[2].isQuote)
        #expect(lines[3].isListItem)
    }

    @Test("rejoins hard-wrapped paragraphs and leaves short lines alone")
    func unwrap() {
        let paragraph = String(repeating: "These words run on and on in a long paragraph of prose. ", count: 12)
        var wrapped: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > 72 {
                wrapped.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        wrapped.append(line)
        let text = (["Menu", "Home", ""] + wrapped + ["", "Short line."] + wrapped).joined(separator: "\n")
        let lines = TextLineSegmenter.lines(of: text)
        let joined = String(paragraph.dropLast())
        #expect(lines.map(\.text) == ["Menu", "Home", joined, "Short line.", joined])
    }
}
