import Testing
@testable import Pith

/// Headings that end the kept blocks title nothing and are dropped; other headings stay.
@Suite("Extractor.dropTrailingHeadings")
struct TrailingHeadingsTests {
    static func block(_ index: Int, heading level: Int = 0) -> TextBlock {
        .sample("block \(index)", index: index, headingLevel: level)
    }

    @Test("trailing headings go, inner ones stay", arguments: [
        ([0, 2, 0, 3, 2], [0, 1, 2]),
        ([2, 0, 0], [0, 1, 2]),
        ([0, 0], [0, 1]),
    ])
    func trailing(levels: [Int], kept expected: [Int]) {
        var blocks = levels.enumerated().map { Self.block($0.offset, heading: $0.element) }
        Extractor.dropTrailingHeadings(&blocks)
        #expect(blocks.map(\.index) == expected)
    }

    @Test("a body of headings only is left whole")
    func headingsOnly() {
        var blocks = (0..<3).map { Self.block($0, heading: 3) }
        Extractor.dropTrailingHeadings(&blocks)
        #expect(blocks.count == 3)
    }
}
