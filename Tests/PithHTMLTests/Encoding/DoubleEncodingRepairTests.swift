import PithHTML
import Testing

/// Decoding repairs text that was double-encoded before it was served, and only such text.
@Suite("Double-encoding repair")
struct DoubleEncodingRepairTests {
    /// `text` as a publisher that read its UTF-8 as windows-1252 serves it, in UTF-8.
    static func doubleEncoded(_ text: String) -> [UInt8] {
        Array(text.utf8).withUnsafeBytes { HTMLInputDecoder.decode($0, as: .windows1252) }
    }

    static func decoded(_ bytes: [UInt8]) -> (text: String, repaired: Int) {
        let input = HTMLInputDecoder.decode(bytes)
        return (String(decoding: input.utf8, as: UTF8.self), input.repairedCharacters)
    }

    @Test("double-encoded text decodes to what its author wrote", arguments: [
        "<p>Earth’s “warmest” decade — a café at 10 °C, naïve Straße.</p>",
        "<p>Kraków’s  Ærø · 東京 and 😀 in one line: “ok”, €5.</p>",
        "<p>Ä Ö Ü ä ö ü ß « » ¿ ¡ – … ™ ‰ • † Œ š Ÿ ž</p>",
    ])
    func repairs(text: String) {
        let served = Self.doubleEncoded(text)
        #expect(served != Array(text.utf8))
        let (result, repaired) = Self.decoded(served)
        #expect(result == text)
        #expect(repaired > 0)
    }

    @Test("text that only looks double-encoded in places stays as written", arguments: [
        // Capitals before a guillemet or a closing quote read as double encodings (É» is U+027B).
        "<p>«CAFÉ» and “JOSÉ” at the ÉCOLE»</p>",
        // Two telltales are not enough.
        "<p>Earthâ€™s and cafÃ© here, the rest is fine.</p>",
        // A lead letter before plain text is no run.
        "<p>Ã la carte, Âge, âme, Ãs</p>",
    ])
    func leavesRealText(text: String) {
        let (result, repaired) = Self.decoded(Array(text.utf8))
        #expect(result == text)
        #expect(repaired == 0)
    }

    @Test("a page's one double-encoded passage is repaired, its correct text kept")
    func mixedPage() {
        let good = "<h1>Café «CAFÉ» in “ZÜRICH”, JOSÉ’S</h1>"
        let bad = "<p>It’s the café’s “best” crêpe.</p>"
        let page = Array(good.utf8) + Self.doubleEncoded(bad)
        #expect(Self.decoded(page).text == good + bad)
    }
}
