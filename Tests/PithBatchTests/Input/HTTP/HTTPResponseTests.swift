import Testing
@testable import PithBatch

@Suite("HTTPResponse")
struct HTTPResponseTests {
    static func parse(_ text: String, limits: InputLimits = InputLimits()) throws -> HTTPResponse {
        try HTTPResponse(parsing: Array(text.utf8), limits: limits)
    }

    static func body(_ response: HTTPResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test("status lines", arguments: [
        ("HTTP/1.1 200 OK", "HTTP/1.1", 200, "OK"),
        ("HTTP/1.0 404 Not Found", "HTTP/1.0", 404, "Not Found"),
        ("HTTP/1.1 200", "HTTP/1.1", 200, ""),
        ("HTTP/1.1 301 ", "HTTP/1.1", 301, ""),
        ("HTTP/2 200 OK", "HTTP/2", 200, "OK"),
        ("HTTP/1.1  500   Internal  Error ", "HTTP/1.1", 500, "Internal  Error"),
    ])
    func statusLine(line: String, version: String, status: Int, reason: String) throws {
        let response = try Self.parse(line + "\r\nContent-Type: text/html\r\n\r\n<p>x</p>")
        #expect(response.version == version)
        #expect(response.status == status)
        #expect(response.reason == reason)
        #expect(Self.body(response) == "<p>x</p>")
    }

    @Test("malformed status lines", arguments: [
        "", "\r\n\r\n", "<html>", "HTTP/1.1 OK", "HTTP/1.1 20 OK", "HTTP/1.1 2000 OK", "GET / HTTP/1.1",
    ])
    func malformedStatusLine(text: String) {
        #expect { try Self.parse(text + "\r\n\r\nbody") } throws: { ($0 as? InputError)?.code == .httpMalformed }
    }

    @Test("LF-only line endings, folded fields, lines without a colon, leading blank lines")
    func tolerantHeaders() throws {
        let text = "\r\nHTTP/1.1 200 OK\nContent-Type: text/html;\n charset=koi8-r\nX-Broken line\nServer:  test \n\n<p>body</p>\n"
        let response = try Self.parse(text)
        #expect(response.headers.count == 2)
        #expect(response.headers["content-type"] == "text/html; charset=koi8-r")
        #expect(response.headers["SERVER"] == "test")
        #expect(response.contentType?.charset == "koi8-r")
        #expect(Self.body(response) == "<p>body</p>\n")
    }

    @Test("a header section without its blank line leaves an empty body")
    func unterminatedHeaders() throws {
        let response = try Self.parse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
        #expect(response.body.isEmpty)
        #expect(response.headers.count == 1)
    }

    @Test("a header section over the limit")
    func headerLimit() {
        var limits = InputLimits()
        limits.maxHeaderBytes = 100
        let text = "HTTP/1.1 200 OK\r\nX-Long: " + String(repeating: "x", count: 200) + "\r\n\r\nbody"
        #expect { try Self.parse(text, limits: limits) } throws: { ($0 as? InputError)?.code == .httpMalformed }
    }

    @Test("the last Content-Type wins")
    func lastContentType() throws {
        let response = try Self.parse("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
        #expect(response.contentType == ContentType(parsing: "text/html; charset=utf-8"))
    }

    // MARK: Chunked

    @Test("chunked bodies", arguments: [
        ("5\r\nHello\r\n6\r\n, worl\r\n1\r\nd\r\n0\r\n\r\n", "Hello, world", false),
        ("5;name=value\r\nHello\r\n0\r\nX-Trailer: 1\r\n\r\n", "Hello", false),
        ("5\nHello\n1\n!\n0\n\n", "Hello!", false),
        ("A\r\n0123456789\r\n0\r\n\r\n", "0123456789", false),
        ("5\r\nHello\r\n6\r\n, wo", "Hello, wo", true),
        ("5\r\nHello\r\n", "Hello", true),
        ("<html>not chunked after all</html>", "<html>not chunked after all</html>", false),
    ])
    func chunked(encoded: String, decoded: String, truncated: Bool) throws {
        let response = try Self.parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + encoded)
        #expect(Self.body(response) == decoded)
        #expect(response.isBodyTruncated == truncated)
    }

    // MARK: Content-Encoding

    static let page = Array(String(repeating: "<p>A compressed page.</p>\n", count: 20).utf8)

    static func response(encoding: String, body: [UInt8], transfer: String? = nil) -> [UInt8] {
        var head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: \(encoding)\r\n"
        if let transfer { head += "Transfer-Encoding: \(transfer)\r\n" }
        return Array((head + "\r\n").utf8) + body
    }

    @Test("gzip, x-gzip and deflate (zlib-wrapped and bare) are decoded", arguments: [
        ("gzip", Deflate.Format.gzip), ("x-gzip", .gzip), ("deflate", .zlib), ("deflate", .raw), ("GZIP", .gzip),
    ])
    func contentEncoding(name: String, format: Deflate.Format) throws {
        let block = Self.response(encoding: name, body: Deflate.compress(Self.page, format: format))
        let response = try HTTPResponse(parsing: block)
        #expect(response.body == Self.page)
        #expect(!response.isBodyTruncated)
    }

    @Test("chunked, then gzip")
    func chunkedThenGzip() throws {
        let compressed = Deflate.compress(Self.page)
        let chunked = Array(String(compressed.count, radix: 16).utf8) + [13, 10] + compressed + Array("\r\n0\r\n\r\n".utf8)
        let response = try HTTPResponse(parsing: Self.response(encoding: "gzip", body: chunked, transfer: "chunked"))
        #expect(response.body == Self.page)
    }

    @Test("a body labelled gzip but sent plain is kept as it is")
    func mislabelledGzip() throws {
        let response = try HTTPResponse(parsing: Self.response(encoding: "gzip", body: Self.page))
        #expect(response.body == Self.page)
    }

    @Test("a cut gzip body keeps what decodes")
    func truncatedGzip() throws {
        let compressed = Deflate.compress(Self.page, level: 0)
        let response = try HTTPResponse(parsing: Self.response(encoding: "gzip", body: Array(compressed.dropLast(100))))
        #expect(response.isBodyTruncated)
        #expect(!response.body.isEmpty)
        #expect(Self.page.starts(with: response.body))
    }

    @Test("content-encoding faults", arguments: [
        ("br", "http.bad_encoding"), ("compress", "http.bad_encoding"), ("corrupt", "http.bad_encoding"),
        ("bomb", "record.too_large"), ("many", "http.bad_encoding"),
    ])
    func contentEncodingFaults(kind: String, code: String) {
        var limits = InputLimits()
        let block: [UInt8]
        switch kind {
        case "corrupt":
            var compressed = Deflate.compress(Self.page)
            compressed.replaceSubrange(10..<20, with: [UInt8](repeating: 0xFF, count: 10))
            block = Self.response(encoding: "gzip", body: compressed)
        case "bomb":
            limits.maxRecordBytes = 100
            block = Self.response(encoding: "gzip", body: Deflate.compress(Self.page))
        case "many":
            block = Self.response(encoding: "gzip, gzip, gzip, gzip, gzip", body: Self.page)
        default:
            block = Self.response(encoding: kind, body: Self.page)
        }
        #expect { try HTTPResponse(parsing: block, limits: limits) } throws: {
            ($0 as? InputError)?.code.rawValue == code
        }
    }

    @Test("identity is no coding")
    func identity() throws {
        let response = try HTTPResponse(parsing: Self.response(encoding: "identity", body: Self.page))
        #expect(response.body == Self.page)
    }
}

@Suite("ContentType")
struct ContentTypeTests {
    @Test("parsing", arguments: [
        ("text/html", "text/html", nil),
        ("text/html; charset=UTF-8", "text/html", "UTF-8"),
        ("Text/HTML;charset=windows-1251", "text/html", "windows-1251"),
        ("text/html; charset=\"iso-8859-1\"", "text/html", "iso-8859-1"),
        ("text/html ; foo=bar ; CHARSET = koi8-r ", "text/html", "koi8-r"),
        ("text/html; charset=", "text/html", nil),
        ("text/html; charset=\"\"", "text/html", nil),
        ("text/html; charset=\"utf-8", "text/html", "utf-8"),
        (";charset=utf-8", "", "utf-8"),
        ("text/html;;", "text/html", nil),
        ("text/html; charset=utf-8; charset=latin1", "text/html", "utf-8"),
        ("", "", nil),
    ] as [(String, String, String?)])
    func parsing(value: String, mediaType: String, charset: String?) {
        let parsed = ContentType(parsing: value)
        #expect(parsed.mediaType == mediaType)
        #expect(parsed.charset == charset)
    }
}
