import Testing
@testable import Pith

/// `ClassWords` splits class and id values into the lowercase words the vocabularies use.
@Suite("ClassWords")
struct ClassWordsTests {
    @Test("splits on punctuation and camel case, drops single letters and numbers", arguments: [
        ("post-content shareButtons", ["post", "content", "share", "buttons"]),
        ("col-4 item-608 a b", ["col", "item"]),
        ("navBar2Top", ["nav", "bar2", "top"]),
        ("XMLHttp", ["xmlhttp"]),
        ("über-menü", ["über", "menü"]),
        ("", []),
        ("  --  ", []),
    ] as [(String, [String])])
    func words(value: String, expected: [String]) {
        var value = value
        var words: [String] = []
        value.withUTF8 { bytes in ClassWords.forEachWord(in: bytes) { words.append(String(decoding: $0, as: UTF8.self)) } }
        #expect(words == expected)
    }
}
