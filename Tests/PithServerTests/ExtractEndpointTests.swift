import Foundation
import Pith
import PithServer
import PithTestSupport
import Testing

/// `/v1/extract` over real HTTP on loopback: the input forms, the output formats, and the
/// caller's mistakes.
@Suite struct ExtractEndpointTests {
    static let page = """
        <!doctype html><html><head><meta charset="utf-8"><title>Rivers rise after a week of rain | Site</title></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
        <article><h1>Rivers rise after a week of rain</h1>
        <p>Rivers across the valley rose sharply on Tuesday after a week of steady rain, and the town council opened its emergency shelter for the first time in a decade.</p>
        <h2>What happens next</h2>
        <p>Forecasters expect the water to peak on Thursday morning. Residents near the old mill were asked to move their cars to higher ground before nightfall.</p>
        <blockquote><p>We have sandbags for every street that needs them, and volunteers to carry them.</p></blockquote>
        <ul><li>The shelter is in the school gymnasium on Hill Road.</li><li>The ferry will not run until the river falls.</li></ul>
        </article><footer><p>All rights reserved. Contact us. Privacy policy.</p></footer></body></html>
        """

    @Test func htmlBodyAnswersArticleJSON() async throws {
        try await LiveServer.with { server in
            let response = try await server.postHTML("/v1/extract", Self.page)
            #expect(response.status == 200)
            #expect(response.mediaType == "application/json")
            let json = try response.json
            #expect(json["title"] as? String == "Rivers rise after a week of rain")
            let text = try #require(json["text"] as? String)
            #expect(!text.contains("Privacy policy"))
            #expect(json["html"] == nil)
            // Exactly the line of `pith extract --format json`, without its `source` field.
            let article = Extractor().extract(html: Array(Self.page.utf8), transportCharset: "utf-8")
            #expect(response.body == ArticleJSON().encode(article))
        }
    }

    @Test(arguments: [
        ("json", "application/json", "\"title\":\"Rivers rise after a week of rain\""),
        ("markdown", "text/markdown", "# Rivers rise after a week of rain"),
        ("text", "text/plain", "Rivers rise after a week of rain\n\n"),
        ("html", "text/html", "<h1>Rivers rise after a week of rain</h1>"),
    ])
    func formats(format: String, mediaType: String, expected: String) async throws {
        try await LiveServer.with { server in
            let viaQuery = try await server.postHTML("/v1/extract?format=\(format)", Self.page)
            let viaJSON = try await server.postJSON("/v1/extract", #"{"html": \#(Self.quoted(Self.page)), "format": "\#(format)"}"#)
            for response in [viaQuery, viaJSON] {
                #expect(response.status == 200)
                #expect(response.mediaType == mediaType)
                #expect(response.body.contains(expected), "\(response.body.prefix(300))")
            }
            #expect(viaQuery.body == viaJSON.body)
        }
    }

    @Test func includeHTMLAddsTheCleanBody() async throws {
        try await LiveServer.with { server in
            let response = try await server.postJSON(
                "/v1/extract", #"{"html": \#(Self.quoted(Self.page)), "url": "https://news.example/rivers", "options": {"includeHTML": true}}"#)
            let json = try response.json
            let article = Extractor().extract(html: Array(Self.page.utf8), url: "https://news.example/rivers", transportCharset: "utf-8")
            #expect(json["html"] as? String == CleanHTMLRenderer().render(article.body))
            #expect(json["url"] as? String == "https://news.example/rivers")
            #expect(json["text"] as? String == article.text)
        }
    }

    /// The charset of `Content-Type` decodes the body: windows-1252 bytes for "café" and "€".
    @Test func contentTypeCharsetDecodesTheBody() async throws {
        try await LiveServer.with { server in
            var bytes = Array("<html><body><article><h1>Caf".utf8) + [0xE9] + Array(" prices</h1><p>A coffee costs 3 ".utf8) + [0x80]
            bytes += Array(" at the caf".utf8) + [0xE9] + Array(" by the station, which opened this spring after a long renovation of the old waiting room.</p></article></body></html>".utf8)
            let response = try await server.request(.POST, "/v1/extract", headers: [("Content-Type", "text/html; charset=windows-1252")], body: bytes)
            let json = try response.json
            #expect(json["title"] as? String == "Café prices")
            let article = Extractor().extract(html: bytes, transportCharset: "windows-1252")
            #expect(json["text"] as? String == article.text)
        }
    }

    @Test(arguments: [
        ("{not json", "request.malformed_json"),
        ("[1, 2]", "request.malformed_json"),
        ("{}", "request.malformed_json"),
        (#"{"html": 5}"#, "request.malformed_json"),
        (#"{"html": "<p>x</p>", "text": "x"}"#, "request.malformed_json"),
        (#"{"url": "https://a.example/", "text": "x"}"#, "request.malformed_json"),
        (#"{"html": "<p>x</p>", "options": {"includeHTML": "yes"}}"#, "request.malformed_json"),
        (#"{"html": "<p>x</p>", "format": "pdf"}"#, "request.invalid_parameter"),
        (#"{"html": "<p>x</p>", "options": {"favor": "speed"}}"#, "request.invalid_parameter"),
    ])
    func badJSONIsTheCallersFault(body: String, code: String) async throws {
        try await LiveServer.with { server in
            let response = try await server.postJSON("/v1/extract", body)
            #expect(response.status == 400, "\(body)")
            #expect(response.mediaType == "application/json")
            #expect(response.errorCode == code, "\(body): \(response.body)")
            let message = try #require(((try response.json)["error"] as? [String: Any])?["message"] as? String)
            #expect(!message.isEmpty && message.count < 300)
        }
    }

    @Test(arguments: ["image/png", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])
    func unsupportedContentTypesGet415(contentType: String) async throws {
        try await LiveServer.with { server in
            let headers = contentType.isEmpty ? [] : [("Content-Type", contentType)]
            let response = try await server.request(.POST, "/v1/extract", headers: headers, body: Array("<p>hello</p>".utf8))
            #expect(response.status == 415)
            #expect(response.errorCode == "request.unsupported_media_type")
        }
    }

    @Test(arguments: ["/v1/extract?format=pdf", "/v1/extract?favor=fast", "/v1/extract?includeHTML=maybe"])
    func badQueryParametersGet400(path: String) async throws {
        try await LiveServer.with { server in
            let response = try await server.postHTML(path, Self.page)
            #expect(response.status == 400)
            #expect(response.errorCode == "request.invalid_parameter")
        }
    }

    @Test func getWithoutURLIsACallerError() async throws {
        try await LiveServer.with { server in
            let response = try await server.request(.GET, "/v1/extract")
            #expect(response.status == 400)
            #expect(response.errorCode == "request.invalid_parameter")
        }
    }

    /// A page already flattened to text goes through text mode, as JSON `{"text"}` or as text/plain.
    @Test func textInputIsExtractedInTextMode() async throws {
        let scrape = String(decoding: try Data(contentsOf: SharedData.path("data/seed/news-page-scrape.txt")), as: UTF8.self)
        let expected = Extractor().extract(text: scrape)
        try await LiveServer.with { server in
            let json = String(decoding: try JSONSerialization.data(withJSONObject: ["text": scrape, "format": "text"]), as: UTF8.self)
            let viaJSON = try await server.postJSON("/v1/extract", json)
            let viaPlain = try await server.request(
                .POST, "/v1/extract?format=text", headers: [("Content-Type", "text/plain")], body: Array(scrape.utf8))
            for response in [viaJSON, viaPlain] {
                #expect(response.status == 200)
                #expect(response.body == (expected.title.map { $0 + "\n\n" } ?? "") + expected.text + "\n")
                #expect(response.body.contains("Moscow outlines plans for joint force with key ally"))
            }
        }
    }

    /// Clean HTML never carries scripts, event handlers, styles or `javascript:` URLs, however the
    /// page tries to smuggle them in.
    @Test func cleanHTMLIsInert() async throws {
        let hostile = """
            <html><body><article><h1 onclick="alert(1)">Hostile <script>alert(1)</script>title</h1>
            <p onmouseover="alert(2)" style="background:url(javascript:alert(3))">A paragraph long enough to be kept as content, with a
            <a href="javascript:alert(4)">script link</a>, a <a href=" JaVaScRiPt:alert(5)">spaced one</a>, a
            <a href="java&#x09;script:alert(6)">tabbed one</a>, a <a href="data:text/html,&lt;script&gt;alert(7)&lt;/script&gt;">data link</a>
            and a <a href="vbscript:msgbox(8)">vbscript link</a> among the words of this otherwise ordinary sentence.</p>
            <p>A second paragraph with an image <img src="x" onerror="alert(9)"> and <svg onload="alert(10)"></svg>
            <iframe src="https://evil.example/"></iframe> an iframe, then more words so that it is kept in the article body too.</p>
            <figure><img src="javascript:alert(11)" alt="&quot; onerror=&quot;alert(12)"><figcaption>Caption text</figcaption></figure>
            <p>Closing paragraph: &lt;script&gt;alert(13)&lt;/script&gt; is text here, and the article ends after this sentence.</p>
            </article></body></html>
            """
        try await LiveServer.with { server in
            let response = try await server.postHTML("/v1/extract?format=html", hostile)
            #expect(response.status == 200)
            let html = response.body.lowercased()
            #expect(html.hasPrefix("<article>\n<h1>"), "\(response.body)")
            for forbidden in ["<script", "javascript:", "vbscript:", "data:", "style=", "<iframe", "<svg", "<style"] {
                #expect(!html.contains(forbidden), "clean HTML contains \(forbidden): \(response.body)")
            }
            #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "an event handler: \(response.body)")
            #expect(response.headers.first(name: "content-security-policy")?.contains("default-src 'none'") == true)
        }
    }

    /// A JSON string literal of `text`.
    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: text, options: .fragmentsAllowed), as: UTF8.self)
    }
}
