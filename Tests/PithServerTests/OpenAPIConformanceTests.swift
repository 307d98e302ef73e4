import Foundation
import NIOHTTP1
import PithServer
import Testing

/// `/openapi.json` says what the server does: the same paths and methods as the router, and for
/// each operation exactly the statuses (with their media types) that the server is seen to
/// answer — every documented status is provoked here, and every answer seen is documented.
@Suite struct OpenAPIConformanceTests {
    struct Observation: Sendable, CustomStringConvertible {
        var method: String
        var path: String
        var status: Int
        var mediaType: String
        var description: String { "\(method) \(path) → \(status) \(mediaType)" }
    }

    @Test func documentMatchesTheRoutes() async throws {
        let document = try await Self.document()
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let served = Set(ServiceRoutes.methods.flatMap { path, methods in methods.map { "\($0.rawValue) \(path)" } })
        #expect(documented == served)
        #expect(document["openapi"] as? String == "3.1.0")
    }

    @Test func documentedStatusesAreExactlyTheObservedOnes() async throws {
        let document = try await Self.document()
        let observations = try await Self.observe()
        var seen = Set<String>()
        for observation in observations {
            let operation = try Self.operation(document, observation.method, observation.path)
            let responses = try #require(operation["responses"] as? [String: Any])
            let key = String(observation.status)
            guard let response = responses[key] else {
                Issue.record("undocumented status: \(observation)")
                continue
            }
            let content = try Self.resolve(document, response)["content"] as? [String: Any] ?? [:]
            #expect(content[observation.mediaType] != nil, "undocumented media type: \(observation)")
            seen.insert("\(observation.method) \(observation.path) \(key)")
        }
        for (path, operations) in try #require(document["paths"] as? [String: [String: Any]]) {
            for (method, operation) in operations {
                let statuses = ((operation as? [String: Any])?["responses"] as? [String: Any])?.keys ?? [:].keys
                for status in statuses where status != "default" {
                    #expect(seen.contains("\(method.uppercased()) \(path) \(status)"), "documented but never seen: \(method) \(path) \(status)")
                }
            }
        }
    }

    static func document() async throws -> [String: Any] {
        try await LiveServer.with { server in
            let response = try await server.request(.GET, ServiceRoutes.openAPI)
            #expect(response.status == 200)
            return DocumentBox(value: try response.json)
        }.value
    }

    /// Every status each operation can give, provoked on one server.
    static func observe() async throws -> [Observation] {
        let limits = ServerLimits(maxRequestBodyBytes: 5_000, maxConcurrentRequests: 1, bodyTimeout: .milliseconds(500))
        return try await UpstreamServer.with { upstream in
            var configuration = FetchTests.configuration(allowing: upstream)
            configuration.limits = limits
            return try await LiveServer.with(configuration) { server in
                var observations: [Observation] = []
                func record(_ method: HTTPMethod, _ path: String, _ response: TestResponse) {
                    let route = String(path.split(separator: "?", maxSplits: 1)[0])
                    observations.append(Observation(method: method.rawValue, path: route, status: response.status, mediaType: response.mediaType))
                }
                func get(_ path: String) async throws {
                    record(.GET, path, try await server.request(.GET, path))
                }
                func post(_ path: String, _ contentType: String, _ body: String) async throws {
                    record(.POST, path, try await server.request(.POST, path, headers: [("Content-Type", contentType)], body: Array(body.utf8)))
                }
                let page = ExtractEndpointTests.page
                let article = FetchTests.encoded(upstream.base + "/article")
                let loopback = FetchTests.encoded("http://127.0.0.1:1/")
                for format in ResponseFormat.allCases {
                    try await get("/v1/extract?url=\(article)&format=\(format.rawValue)")
                    try await post("/v1/extract?format=\(format.rawValue)", "text/html", page)
                }
                try await get("/v1/extract")
                try await get("/v1/extract?url=\(loopback)")
                try await get("/v1/extract?url=\(FetchTests.encoded(upstream.base + "/missing"))")
                try await post("/v1/extract", "application/xhtml+xml", page)
                try await post("/v1/extract", "application/json", #"{"html": "<p>x</p>"}"#)
                try await post("/v1/extract", "application/json", "{")
                try await post("/v1/extract", "application/json", #"{"url": "http://127.0.0.1:1/"}"#)
                try await post("/v1/extract", "application/json", #"{"url": "\#(upstream.base)/missing"}"#)
                try await post("/v1/extract", "text/html", String(repeating: "x", count: 6_000))
                try await post("/v1/extract", "image/png", "x")
                try await post("/v1/extract", "application/json", #"{"text": "x"}"#)
                // 408: a body that stops arriving.
                let slow = try RawConnection(port: server.port)
                try slow.send("POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n<p>")
                let slowAnswer = try await slow.readResponse(timeout: 5).text
                observations.append(Observation(method: "POST", path: "/v1/extract", status: Self.status(of: slowAnswer), mediaType: Self.mediaType(of: slowAnswer)))
                // 503 on both methods while the only place is held.
                let holder = try await HeldRequest(server: server)
                record(.POST, "/v1/extract", try await server.postHTML("/v1/extract", page))
                record(.GET, "/v1/extract", try await server.request(.GET, "/v1/extract?url=\(article)"))
                _ = try await holder.finish()
                for path in ["/", "/healthz", "/metrics", "/openapi.json"] { try await get(path) }
                return observations
            }
        }
    }

    /// The status code of a raw HTTP/1.1 answer.
    static func status(of answer: String) -> Int {
        Int(answer.split(separator: " ", maxSplits: 2).dropFirst().first ?? "") ?? 0
    }

    /// The media type of a raw answer's `Content-Type`.
    static func mediaType(of answer: String) -> String {
        let line = answer.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-type:") } ?? ""
        return line.dropFirst("content-type:".count).split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }

    static func operation(_ document: [String: Any], _ method: String, _ path: String) throws -> [String: Any] {
        let paths = try #require(document["paths"] as? [String: Any])
        let operations = try #require(paths[path] as? [String: Any], "\(path) is not documented")
        return try #require(operations[method.lowercased()] as? [String: Any], "\(method) \(path) is not documented")
    }

    /// A response object, following one `$ref` into `components`.
    static func resolve(_ document: [String: Any], _ response: Any) throws -> [String: Any] {
        let object = try #require(response as? [String: Any])
        guard let reference = object["$ref"] as? String else { return object }
        var node: Any = document
        for component in reference.dropFirst(2).split(separator: "/") {
            node = try #require((node as? [String: Any])?[String(component)], "dangling \(reference)")
        }
        return try #require(node as? [String: Any])
    }
}

/// JSON objects are not `Sendable`; this carries one out of a server's scope, which is done with it.
struct DocumentBox: @unchecked Sendable { let value: [String: Any] }
