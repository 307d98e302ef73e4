import Foundation
import PithServer
import Testing

/// The reader page, health, metrics, and what unknown paths and methods get.
@Suite struct ServiceEndpointTests {
    @Test func readerPageIsSelfContainedUnderAStrictPolicy() async throws {
        try await LiveServer.with { server in
            let first = try await server.request(.GET, "/")
            let second = try await server.request(.GET, "/")
            #expect(first.status == 200)
            #expect(first.mediaType == "text/html")
            let policy = try #require(first.headers.first(name: "content-security-policy"))
            for directive in ["default-src 'none'", "connect-src 'self'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'"] {
                #expect(policy.contains(directive), "\(directive) missing from \(policy)")
            }
            #expect(!policy.contains("unsafe-inline") && !policy.contains("unsafe-eval"))
            let nonce = try #require(policy.firstMatch(of: /script-src 'nonce-([A-Za-z0-9+\/=]{22,})'/)?.1)
            #expect(policy.contains("style-src 'nonce-\(nonce)'"))
            #expect(second.headers.first(name: "content-security-policy")?.contains(String(nonce)) == false, "a nonce must not repeat")
            // Every script and style element carries the nonce; nothing loads from elsewhere.
            let html = first.body
            let tags = html.matches(of: /<(script|style)\b[^>]*>/).map { String($0.output.0) }
            #expect(tags.count == 2)
            for tag in tags { #expect(tag.contains("nonce=\"\(nonce)\""), "\(tag)") }
            #expect(html.firstMatch(of: /<[a-z]+\s[^>]*\b(src|href)\s*=/) == nil, "the page must not load external assets")
            #expect(html.firstMatch(of: /<[^>]*\son[a-z]+\s*=/) == nil, "inline event handlers would be blocked by the policy")
            #expect(html.contains("name=\"viewport\""))
            #expect(first.headers.first(name: "x-content-type-options") == "nosniff")
        }
    }

    @Test func healthz() async throws {
        try await LiveServer.with { server in
            let response = try await server.request(.GET, "/healthz")
            #expect(response.status == 200)
            #expect(try response.json["status"] as? String == "ok")
        }
    }

    @Test func metricsCountRequestsLatencyBytesAndErrors() async throws {
        try await LiveServer.with { server in
            _ = try await server.postHTML("/v1/extract", ExtractEndpointTests.page)
            _ = try await server.postHTML("/v1/extract", ExtractEndpointTests.page)
            _ = try await server.postJSON("/v1/extract", "{oops")
            _ = try await server.request(.GET, "/no/such/page")
            _ = try await server.request(.RAW(value: "PROPFIND"), "/healthz")
            let metrics = try await server.request(.GET, "/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.mediaType == "text/plain")
            let text = metrics.body
            let bytes = ExtractEndpointTests.page.utf8.count * 2 + 5
            for line in [
                #"pith_http_requests_total{route="/v1/extract",method="POST",status="200"} 2"#,
                #"pith_http_requests_total{route="/v1/extract",method="POST",status="400"} 1"#,
                #"pith_http_requests_total{route="unmatched",method="GET",status="404"} 1"#,
                #"pith_http_request_duration_seconds_count{route="/v1/extract"} 3"#,
                #"pith_http_request_duration_seconds_bucket{route="/v1/extract",le="+Inf"} 3"#,
                #"pith_http_request_bytes_total{route="/v1/extract"} \#(bytes)"#,
                #"pith_http_errors_total{code="request.malformed_json"} 1"#,
                #"pith_http_errors_total{code="request.not_found"} 1"#,
                "pith_http_requests_in_flight 1",
                "pith_extract_requests_admitted 0",
                "pith_extract_requests_capacity \(ServerLimits.defaultMaxConcurrentRequests)",
                "# TYPE pith_http_request_duration_seconds histogram",
            ] {
                #expect(text.contains(line + "\n"), "missing: \(line)")
            }
            #expect(text.contains(#"pith_http_response_bytes_total{route="/v1/extract"} "#))
            // WebDAV and other methods the parser accepts share one label: clients cannot mint series.
            #expect(text.contains(#"method="OTHER",status="405"} 1"#))
            #expect(!text.contains("PROPFIND"))
            #if os(Linux)
            let resident = try #require(text.firstMatch(of: /process_resident_memory_bytes (\d+)/)?.1)
            #expect(Int(resident)! > 1 << 20)
            #endif
        }
    }

    @Test(arguments: ["/nope", "/v1", "/v1/extract/extra", "/healthz/deeper"])
    func unknownPathsGetJSON404(path: String) async throws {
        try await LiveServer.with { server in
            let response = try await server.request(.GET, path)
            #expect(response.status == 404, "\(path)")
            #expect(response.errorCode == "request.not_found")
        }
    }

    @Test func wrongMethodGets405WithAllow() async throws {
        try await LiveServer.with { server in
            let put = try await server.request(.PUT, "/v1/extract", headers: [("Content-Type", "text/html")], body: Array("<p>x</p>".utf8))
            #expect(put.status == 405)
            #expect(put.errorCode == "request.method_not_allowed")
            #expect(put.headers.first(name: "allow") == "GET, POST")
            let delete = try await server.request(.DELETE, "/healthz")
            #expect(delete.status == 405)
            #expect(delete.headers.first(name: "allow") == "GET")
        }
    }
}
