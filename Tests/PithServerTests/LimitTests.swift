import Foundation
import PithServer
import Testing

/// The server's bounds, each pushed past: body size, slow and silent clients, concurrency.
@Suite struct LimitTests {
    static let smallBody = ServerLimits(maxRequestBodyBytes: 2_000)

    @Test func declaredOversizedBodyGets413() async throws {
        try await LiveServer.with(ServerConfiguration(limits: Self.smallBody)) { server in
            let response = try await server.postHTML("/v1/extract", "<p>" + String(repeating: "word ", count: 1_000) + "</p>")
            #expect(response.status == 413)
            #expect(response.errorCode == "request.too_large")
            // The server still answers on new connections.
            #expect(try await server.request(.GET, "/healthz").status == 200)
        }
    }

    /// A chunked body declares no length: the limit holds while it is read.
    @Test func chunkedOversizedBodyGets413() async throws {
        try await LiveServer.with(ServerConfiguration(limits: Self.smallBody)) { server in
            let connection = try RawConnection(port: server.port)
            let chunk = String(repeating: "x", count: 1_500)
            let hex = String(chunk.utf8.count, radix: 16)
            try connection.send("POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
            try connection.send("\(hex)\r\n\(chunk)\r\n\(hex)\r\n\(chunk)\r\n0\r\n\r\n")
            let (answer, _) = try await connection.readResponse(timeout: 5)
            #expect(answer.hasPrefix("HTTP/1.1 413"), "\(answer.prefix(200))")
            #expect(answer.contains("request.too_large"))
        }
    }

    @Test func bodyAtTheLimitIsRead() async throws {
        try await LiveServer.with(ServerConfiguration(limits: Self.smallBody)) { server in
            let body = "<p>" + String(repeating: "a", count: 2_000 - 7) + "</p>"
            #expect(body.utf8.count == 2_000)
            let response = try await server.postHTML("/v1/extract", body)
            #expect(response.status == 200)
        }
    }

    /// A client that sends its head and part of its body, then stalls, gets 408 once the body
    /// timeout passes.
    @Test func slowBodyGets408() async throws {
        let limits = ServerLimits(bodyTimeout: .milliseconds(500), idleTimeout: .seconds(10))
        try await LiveServer.with(ServerConfiguration(limits: limits)) { server in
            let connection = try RawConnection(port: server.port)
            try connection.send("POST /v1/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<p>only a little")
            let start = ContinuousClock.now
            let (answer, _) = try await connection.readResponse(timeout: 5)
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer.prefix(200))")
            #expect(answer.contains("request.timeout"))
            #expect(ContinuousClock.now - start < .seconds(4))
        }
    }

    /// A client that never finishes its request head is disconnected after the idle timeout,
    /// without an answer.
    @Test func stalledHeadIsDisconnected() async throws {
        let limits = ServerLimits(idleTimeout: .milliseconds(500))
        try await LiveServer.with(ServerConfiguration(limits: limits)) { server in
            let connection = try RawConnection(port: server.port)
            try connection.send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            let start = ContinuousClock.now
            let (answer, closed) = try await connection.readResponse(timeout: 5)
            #expect(closed)
            #expect(answer.isEmpty)
            #expect(ContinuousClock.now - start < .seconds(4))
        }
    }

    /// Beyond the concurrency limit the answer is an immediate 503 with `Retry-After`; the
    /// admitted request still completes.
    @Test func overCapacityGets503WithRetryAfter() async throws {
        let limits = ServerLimits(maxConcurrentRequests: 1, retryAfterSeconds: 2, bodyTimeout: .seconds(10))
        try await LiveServer.with(ServerConfiguration(limits: limits)) { server in
            let holder = try await HeldRequest(server: server)
            let busy = try await server.postHTML("/v1/extract", ExtractEndpointTests.page)
            #expect(busy.status == 503)
            #expect(busy.errorCode == "server.busy")
            #expect(busy.headers.first(name: "retry-after") == "2")
            // Health checks are not extraction requests: still answered.
            #expect(try await server.request(.GET, "/healthz").status == 200)
            let answer = try await holder.finish()
            #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer.prefix(200))")
            // The place is free again.
            #expect(try await server.postHTML("/v1/extract", ExtractEndpointTests.page).status == 200)
        }
    }
}
