import PithHTML
import PithTestSupport
import Testing

/// A property test: random byte strings stitched from HTML-ish fragments, parsed as documents and as
/// fragments, always give sound trees. The generator is seeded, so every run sees the same inputs
/// and a failure names the case to rerun.
@Suite("Robustness: random HTML-ish inputs")
struct RandomInputTests {
    /// Pieces the tokenizer and tree builder branch on, with text and bytes between them.
    static let pieces: [String] = [
        "<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>", "<nobr>",
        "<table>", "</table>", "<tr>", "<td>", "</td>", "<th>", "<caption>", "<colgroup>", "<col>", "<tbody>",
        "<svg>", "</svg>", "<math>", "</math>", "<foreignObject>", "<mi>", "<annotation-xml encoding=text/html>",
        "<template>", "</template>", "<select>", "</select>", "<option>", "<option selected>", "<optgroup>",
        "<selectedcontent>", "<button>", "<form>", "</form>", "<li>", "<dd>", "<h1>", "</h2>", "<pre>\n",
        "<script>", "</script>", "<style>", "<textarea>", "</textarea>", "<title>", "<xmp>", "<noscript>",
        "<iframe>", "<plaintext>", "<frameset>", "<frame>", "<body x=1>", "<html lang=y>", "<head>", "</body>",
        "</html>", "<br>", "</br>", "<hr>", "<img src=x>", "<image>", "<input type=hidden>", "<!DOCTYPE html>",
        "<!-- c -->", "<!--", "-->", "<![CDATA[", "]]>", "<?pi?>", "<", ">", "</", "/>", "=", "\"", "'",
        "&amp;", "&amp", "&#", "&#x1F600;", "&#0;", "&notin", "text", " ", "\n", "\r\n", "\0", "\u{A0}",
        "\u{E9}", "\u{1F600}",
    ]

    static let contexts = ["body", "div", "td", "tr", "table", "select", "template", "title", "script", "svg path", "math mi"]

    /// SplitMix64: small, fast and the same on every platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func input(seed: UInt64) -> [UInt8] {
        var generator = SeededGenerator(state: seed)
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...120, using: &generator) {
            if Int.random(in: 0..<10, using: &generator) == 0 {
                // A raw byte, often not UTF-8.
                bytes.append(UInt8.random(in: 0...255, using: &generator))
            } else {
                bytes += Array(pieces.randomElement(using: &generator)!.utf8)
            }
        }
        return bytes
    }

    @Test("500 seeded inputs give sound documents and fragments", arguments: 0..<500)
    func randomInput(seed: UInt64) {
        let bytes = Self.input(seed: seed)
        var validator = bytes.makeIterator()
        var decoder = UTF8()
        var validUTF8 = true
        decoding: while true {
            switch decoder.decode(&validator) {
            case .scalarValue: continue
            case .emptyInput: break decoding
            case .error: validUTF8 = false; break decoding
            }
        }
        let options = HTMLParser.Options(scriptingEnabled: seed % 2 == 1, collectsErrors: seed % 3 == 0)
        let document = HTMLParser.parse(utf8: bytes, options: options)
        RobustnessChecks.expectSound(document, validUTF8: validUTF8)

        let context = FragmentContext(parsing: Self.contexts[Int(seed) % Self.contexts.count])
        let (fragment, root) = HTMLParser.parseFragment(utf8: bytes, context: context, options: options)
        RobustnessChecks.expectSound(fragment, root: root, validUTF8: validUTF8)
    }
}
