import Testing
@testable import Pith

/// `WordTable` answers exactly as a `[String: Value]` dictionary would, on bytes.
@Suite("WordTable")
struct WordTableTests {
    static let table = WordTable(["nav": 1, "navigation": 2, "sr-only": 3, "für": 4, "поиск": 5])

    @Test("holds its words and nothing else", arguments: [
        ("nav", 1), ("navigation", 2), ("sr-only", 3), ("für", 4), ("поиск", 5),
        ("na", nil), ("navs", nil), ("Nav", nil), ("", nil), ("fur", nil), ("поис", nil),
    ] as [(String, Int?)])
    func lookUp(word: String, expected: Int?) {
        var word = word
        #expect(word.withUTF8 { Self.table[$0] } == expected)
    }

    @Test("a non-ASCII word matches its canonically equivalent spelling, as String equality does")
    func canonicalEquivalence() {
        var decomposed = "fu\u{308}r"
        #expect(decomposed.withUTF8 { Self.table[$0] } == 4)
    }

    @Test("many words, colliding slots included, are each found with their own value")
    func manyWords() {
        let words = (0..<2_000).map { "w\($0)x" }
        let table = WordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) }))
        #expect(table.count == words.count)
        for (value, word) in words.enumerated() {
            var word = word
            #expect(word.withUTF8 { table[$0] } == value)
        }
        var absent = "w2000x"
        #expect(absent.withUTF8 { table[$0] } == nil)
    }

    @Test("a word set built from a list contains exactly its words")
    func wordSet() {
        let set = WordTable(words: ["hide", "hidden", "hide"])
        #expect(set.count == 2)
        for (word, expected) in [("hide", true), ("hidden", true), ("hid", false)] {
            var word = word
            #expect(word.withUTF8 { set.contains($0) } == expected)
        }
    }
}
