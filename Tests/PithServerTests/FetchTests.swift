import Foundation
import Pith
import PithServer
import Testing

/// `GET /v1/extract?url=…` and `{"url": …}`: fetching, its limits, and SSRF refusals.
///
/// Every server here is on loopback and every URL leads to loopback: a refused URL is shown to
/// be refused before any connection (the upstream server's hit count stays 0), and the
/// non-loopback ranges are covered by the classifier's pure tests instead of live requests.
@Suite struct FetchTests {
    /// A server that may fetch from exactly `upstream`'s address and port.
    static func configuration(allowing upstream: UpstreamServer, fetchLimits: FetchLimits = FetchLimits(), resolver: HostResolver = .system) -> ServerConfiguration {
        ServerConfiguration(
            fetchLimits: fetchLimits,
            addressPolicy: .publicOnly(exempting: [.init(address: IPAddress(upstream.host)!, port: upstream.port)]),
            resolver: resolver
        )
    }

    static func encoded(_ url: String) -> String {
        url.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? url
    }

    @Test func fetchesAndExtractsAnExemptedPage() async throws {
        try await UpstreamServer.with { upstream in
            try await LiveServer.with(Self.configuration(allowing: upstream)) { server in
                let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(upstream.base + "/article"))&includeHTML=true")
                #expect(response.status == 200, "\(response.body)")
                let json = try response.json
                #expect(json["title"] as? String == "Fetched over loopback")
                #expect(json["url"] as? String == upstream.base + "/article")
                let article = Extractor().extract(html: Array(UpstreamServer.article.utf8), url: upstream.base + "/article", transportCharset: "utf-8")
                #expect(json["text"] as? String == article.text)
                let viaJSON = try await server.postJSON("/v1/extract", #"{"url": "\#(upstream.base)/article", "format": "markdown"}"#)
                #expect(viaJSON.status == 200)
                #expect(viaJSON.body.hasPrefix("# Fetched over loopback"))
            }
        }
    }

    /// The default policy refuses loopback however it is spelled, before connecting.
    @Test(arguments: ["127.0.0.1", "[::1]", "localhost", "127.1", "2130706433", "0x7f000001", "[::ffff:127.0.0.1]", "127.0.0.2"])
    func loopbackIsRefusedBeforeConnecting(host: String) async throws {
        try await UpstreamServer.with { upstream in
            try await LiveServer.with(ServerConfiguration()) { server in
                let url = "http://\(host):\(upstream.port)/article"
                let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(url))")
                #expect(response.status == 403, "\(url): \(response.body)")
                #expect(response.errorCode == "fetch.forbidden_address")
                #expect(upstream.hits == 0)
            }
        }
    }

    /// A redirect from an allowed page to loopback is refused at the redirect, however spelled.
    @Test(arguments: ["http://127.0.0.1:PORT/article", "http://localhost:PORT/article", "http://[::1]:SELF/article", "http://127.0.0.1:PORT/"])
    func redirectToLoopbackIsRefused(target: String) async throws {
        try await UpstreamServer.with { victim in
            try await UpstreamServer.with { upstream in
                try await LiveServer.with(Self.configuration(allowing: upstream)) { server in
                    let location = target.replacingOccurrences(of: "PORT", with: "\(victim.port)")
                        .replacingOccurrences(of: "SELF", with: "\(upstream.port)")
                    let url = upstream.base + "/redirect?to=" + Self.encoded(location)
                    let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(url))")
                    #expect(response.status == 403, "\(location): \(response.body)")
                    #expect(response.errorCode == "fetch.forbidden_address")
                    #expect(upstream.hits == 1)
                    #expect(victim.hits == 0)
                }
            }
        }
    }

    @Test(arguments: [
        ("file:///etc/passwd", "fetch.unsupported_scheme", 400),
        ("gopher://127.0.0.1:70/", "fetch.unsupported_scheme", 400),
        ("ftp://example.com/", "fetch.unsupported_scheme", 400),
        ("not a url", "fetch.invalid_url", 400),
        ("http://", "fetch.invalid_url", 400),
        ("/relative/path", "fetch.invalid_url", 400),
    ])
    func nonHTTPURLsAreRefused(url: String, code: String, status: Int) async throws {
        try await LiveServer.with { server in
            let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(url))")
            #expect(response.status == status, "\(url): \(response.body)")
            #expect(response.errorCode == code, "\(url): \(response.body)")
        }
    }

    @Test func redirectToAnotherSchemeIsRefused() async throws {
        try await UpstreamServer.with { upstream in
            try await LiveServer.with(Self.configuration(allowing: upstream)) { server in
                let url = upstream.base + "/redirect?to=" + Self.encoded("file:///etc/passwd")
                let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(url))")
                #expect(response.status == 400)
                #expect(response.errorCode == "fetch.unsupported_scheme")
            }
        }
    }

    @Test func redirectsAreFollowedUpToTheLimit() async throws {
        try await UpstreamServer.with { upstream in
            try await LiveServer.with(Self.configuration(allowing: upstream)) { server in
                let five = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(upstream.base + "/chain/4"))")
                #expect(five.status == 200, "\(five.body)")
                #expect((try five.json)["url"] as? String == upstream.base + "/article")
                let hitsBefore = upstream.hits
                let six = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(upstream.base + "/chain/5"))")
                #expect(six.status == 422)
                #expect(six.errorCode == "fetch.too_many_redirects")
                #expect(upstream.hits - hitsBefore == 6)
            }
        }
    }

    /// The client dials the address that was checked, not whatever the name resolves to later:
    /// the resolver says `localhost` is 127.0.0.2, where alone the upstream listens.
    @Test(.enabled(if: isLinux, "binding 127.0.0.2 needs an alias on other systems"))
    func connectionGoesToTheCheckedAddress() async throws {
        try await UpstreamServer.with(host: "127.0.0.2") { upstream in
            let resolver = HostResolver { host in host == "localhost" ? [IPAddress("127.0.0.2")!] : [] }
            try await LiveServer.with(Self.configuration(allowing: upstream, resolver: resolver)) { server in
                let url = "http://localhost:\(upstream.port)/host"
                let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(url))")
                #expect(response.status == 200, "\(response.body)")
                // The request still names the host it was for.
                #expect((try response.json)["title"] as? String == "localhost:\(upstream.port)")
            }
        }
    }

    /// A name with one permitted and one refused address is refused: no racing the answers.
    @Test func mixedAnswersAreRefused() async throws {
        try await UpstreamServer.with { upstream in
            let resolver = HostResolver { _ in [IPAddress("127.0.0.1")!, IPAddress("127.0.0.3")!] }
            try await LiveServer.with(Self.configuration(allowing: upstream, resolver: resolver)) { server in
                let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded("http://mixed.test:\(upstream.port)/article"))")
                #expect(response.status == 403)
                #expect(response.errorCode == "fetch.forbidden_address")
                #expect(upstream.hits == 0)
            }
        }
    }

    @Test func unresolvableNamesAreTheCallersFault() async throws {
        try await LiveServer.with(ServerConfiguration(resolver: HostResolver { _ in [] })) { server in
            let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded("http://nowhere.test/"))")
            #expect(response.status == 422)
            #expect(response.errorCode == "fetch.host_not_found")
        }
    }

    @Test(arguments: [
        ("/large", "fetch.too_large"),
        ("/slow", "fetch.timeout"),
        ("/image.png", "fetch.unsupported_content_type"),
        ("/missing", "fetch.upstream_status"),
        ("/redirect-nowhere", "fetch.invalid_redirect"),
    ])
    func fetchLimitsAndUpstreamFailures(path: String, code: String) async throws {
        try await UpstreamServer.with { upstream in
            let limits = FetchLimits(maxBytes: 50_000, timeout: .seconds(1))
            try await LiveServer.with(Self.configuration(allowing: upstream, fetchLimits: limits)) { server in
                let start = ContinuousClock.now
                let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded(upstream.base + path))")
                #expect(response.status == 422, "\(path): \(response.body)")
                #expect(response.errorCode == code, "\(path): \(response.body)")
                #expect(ContinuousClock.now - start < .seconds(4))
            }
        }
    }

    @Test func closedPortIsAConnectionFailure() async throws {
        let port = try await UpstreamServer.with { $0.port }  // closed once the server stops
        let policy = AddressPolicy.publicOnly(exempting: [.init(address: IPAddress("127.0.0.1")!, port: port)])
        try await LiveServer.with(ServerConfiguration(addressPolicy: policy)) { server in
            let response = try await server.request(.GET, "/v1/extract?url=\(Self.encoded("http://127.0.0.1:\(port)/"))")
            #expect(response.status == 422)
            #expect(response.errorCode == "fetch.connection_failed")
        }
    }
}

let isLinux: Bool = {
    #if os(Linux)
    true
    #else
    false
    #endif
}()
