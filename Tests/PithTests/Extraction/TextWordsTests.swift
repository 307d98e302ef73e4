import Testing
@testable import Pith

/// `TextWords` tokenizes as the WCXB scorer does, on the lowercased text.
@Suite("TextWords")
struct TextWordsTests {
    @Test("tokens are the word runs of the lowercased text", arguments: [
        "Hello, World!", "snake_case 42x ok", "ÉCOLE Straße ÖL", "İstanbul’s DON’T", "ΣΊΣΥΦΟΣ ΚΑΙ",
        "日本語のテキスト、です。", "ﬁne ǅemal ǈ", "  \u{00A0}spaced\tout\n", "", "...", "a",
    ])
    func tokens(text: String) {
        var tokens: [String] = []
        TextWords.forEachToken(in: text) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        let expected = text.lowercased().unicodeScalars
            .split(whereSeparator: { !TextWords.isWordScalar($0) })
            .map { String(String.UnicodeScalarView($0)) }
        #expect(tokens == expected)
    }

    @Test("counts words and non-whitespace characters", arguments: [
        ("Hello, world!", 2, 12), ("", 0, 0), ("日本語 です", 2, 5), ("a_b c-d", 3, 6),
    ] as [(String, Int, Int)])
    func count(text: String, words: Int, characters: Int) {
        let counts = TextWords.count(text)
        #expect(counts.words == words)
        #expect(counts.characters == characters)
    }
}
