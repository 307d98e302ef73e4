import Testing
@testable import PithBatch

@Suite("JSONLineDecoder")
struct JSONLineDecoderTests {
    static func decode(_ text: String) -> Result<JSONLineDecoder.Members, JSONLineDecoder.SyntaxError> {
        Array(text.utf8).withUnsafeBytes { bytes in
            Result { () throws(JSONLineDecoder.SyntaxError) in try JSONLineDecoder.decode(bytes) }
        }
    }

    static func html(_ text: String) -> String? {
        guard case .success(let members) = decode(text), let html = members.html else { return nil }
        return String(decoding: html, as: UTF8.self)
    }

    @Test("string escapes", arguments: [
        (#"{"html": "a\"b\\c\/d"}"#, "a\"b\\c/d"),
        (#"{"html": "\b\f\n\r\t"}"#, "\u{8}\u{C}\n\r\t"),
        (#"{"html": "caf\u00e9 \u041d"}"#, "café Н"),
        (#"{"html": "\ud83d\ude00"}"#, "😀"),
        (#"{"html": "\ud83d x"}"#, "\u{FFFD} x"),
        (#"{"html": "\ude00"}"#, "\u{FFFD}"),
        (#"{"html": "\ud83d\u0041"}"#, "\u{FFFD}A"),
        (#"{"html": "raw UTF-8: ü → 日本"}"#, "raw UTF-8: ü → 日本"),
        ("{\"html\": \"raw\ttab\"}", "raw\ttab"),
        (#"{"html": ""}"#, ""),
        (#"  { "html" : "spaced" }  "#, "spaced"),
        (#"{"html": "first", "html": "second"}"#, "second"),
        (#"{"h\u0074ml": "escaped key"}"#, "escaped key"),
    ])
    func escapes(line: String, expected: String) {
        #expect(Self.html(line) == expected)
    }

    @Test("skipped values of every kind", arguments: [
        #"{"a": 0, "b": -1.5E+10, "c": true, "d": false, "e": null, "html": "x"}"#,
        #"{"a": [], "b": {}, "c": [[[]]], "d": {"e": {"f": [1, "]", "}"]}}, "html": "x"}"#,
        #"{"html": "x", "a": [{"b": [{"c": "\"]}"}]}]}"#,
    ])
    func skippedValues(line: String) {
        #expect(Self.html(line) == "x")
    }

    @Test("malformed lines", arguments: [
        "", "   ", "[]", "\"html\"", "{", "{\"html\": \"x\"", "{\"html\" \"x\"}", "{html: \"x\"}",
        "{\"html\": \"x\",}", "{\"html\": \"x\"} {}", "{\"html\": \"unterminated}", "{\"html\": \"bad \\q escape\"}",
        "{\"html\": \"\\u12\"}", "{\"html\": 'x'}", "{\"a\": [1, 2,], \"html\": \"x\"}", "{\"a\": [1 2], \"html\": \"x\"}",
        "{\"a\": {\"b\" 1}, \"html\": \"x\"}", "{\"a\": 01, \"html\": \"x\"}", "{\"a\": 1., \"html\": \"x\"}",
        "{\"a\": -, \"html\": \"x\"}", "{\"a\": tru, \"html\": \"x\"}", "{\"a\": [}, \"html\": \"x\"}",
        "{\"html\": [\"x\"]}", "{\"url\": 5, \"html\": \"x\"}",
    ])
    func malformed(line: String) {
        guard case .failure = Self.decode(line) else {
            Issue.record("decoded \(line)")
            return
        }
    }

    @Test("deep nesting is skipped without recursion")
    func deepNesting() {
        let depth = 200_000
        let line = "{\"a\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + ", \"html\": \"deep\"}"
        #expect(Self.html(line) == "deep")
    }
}
