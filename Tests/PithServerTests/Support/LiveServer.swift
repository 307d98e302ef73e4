import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PithServer

/// A Pith server listening on a free loopback port for the length of a test.
struct LiveServer: Sendable {
    let port: Int

    /// `http://127.0.0.1:PORT`.
    var base: String { "http://127.0.0.1:\(port)" }

    /// Runs `body` against a server with `configuration` (its host and port are replaced by
    /// loopback and a free port), then stops the server.
    static func with<Value: Sendable>(
        _ configuration: ServerConfiguration = ServerConfiguration(),
        _ body: @Sendable (LiveServer) async throws -> Value
    ) async throws -> Value {
        var configuration = configuration
        configuration.host = "127.0.0.1"
        configuration.port = 0
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = ExtractionServer(configuration: configuration)
        let task = Task {
            defer { continuation.finish() }
            try await server.run { continuation.yield($0) }
        }
        guard let port = await ports.first(where: { _ in true }) else {
            _ = try await task.value
            throw TestFailure("the server stopped before listening")
        }
        do {
            let value = try await body(LiveServer(port: port))
            task.cancel()
            _ = await task.result
            return value
        } catch {
            task.cancel()
            _ = await task.result
            throw error
        }
    }

    /// Sends a request over HTTP on loopback and reads the whole answer.
    func request(
        _ method: HTTPMethod = .GET,
        _ path: String,
        headers: [(String, String)] = [],
        body: [UInt8]? = nil
    ) async throws -> TestResponse {
        try await TestResponse.send(method, base + path, headers: headers, body: body)
    }

    /// POSTs a JSON body.
    func postJSON(_ path: String, _ json: String) async throws -> TestResponse {
        try await request(.POST, path, headers: [("Content-Type", "application/json")], body: Array(json.utf8))
    }

    /// POSTs an HTML body.
    func postHTML(_ path: String, _ html: String, contentType: String = "text/html; charset=utf-8") async throws -> TestResponse {
        try await request(.POST, path, headers: [("Content-Type", contentType)], body: Array(html.utf8))
    }
}

/// A response read to its end.
struct TestResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: String

    /// The body as JSON.
    var json: [String: Any] {
        get throws {
            guard let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else {
                throw TestFailure("not a JSON object: \(body.prefix(200))")
            }
            return object
        }
    }

    /// `error.code` of an error body, or nil.
    var errorCode: String? {
        ((try? json)?["error"] as? [String: Any])?["code"] as? String
    }

    /// The media type of `Content-Type`, without parameters.
    var mediaType: String {
        headers.first(name: "content-type").map { String($0.split(separator: ";")[0]).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    static func send(_ method: HTTPMethod, _ url: String, headers: [(String, String)] = [], body: [UInt8]? = nil) async throws -> TestResponse {
        var request = HTTPClientRequest(url: url)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: String(buffer: bytes))
    }
}

/// A test's own failure, with a message.
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
