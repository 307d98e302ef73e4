import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore

/// A loopback web server that plays the pages the fetcher meets: an article, redirects, a slow
/// page, a large page, an image, an error status. Counts every request it gets, so a test can
/// show that a refused URL was never connected to.
struct UpstreamServer: Sendable {
    let host: String
    let port: Int
    private let hitCounter: NIOLockedValueBox<Int>

    /// Requests received so far.
    var hits: Int { hitCounter.withLockedValue { $0 } }

    /// `http://HOST:PORT`.
    var base: String { "http://\(host):\(port)" }

    /// The article page it serves at `/article`.
    static let article = """
        <!doctype html><html><head><meta charset="utf-8"><title>Fetched over loopback | Site</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Fetched over loopback</h1>
        <p>This paragraph is the first of an article served by a test server on the loopback interface, long enough to count as content.</p>
        <p>A second paragraph follows, with a <a href="/related">relative link</a> that the reader resolves against the page's address.</p>
        <p>The third paragraph closes the article with a few more words about nothing in particular, as articles do.</p>
        </article><footer>Copyright footer text</footer></body></html>
        """

    /// Runs `body` with an upstream server on `host` (a loopback address) and a free port.
    static func with<Value: Sendable>(host: String = "127.0.0.1", _ body: @Sendable (UpstreamServer) async throws -> Value) async throws -> Value {
        let hits = NIOLockedValueBox(0)
        let router = Router()
        router.add(middleware: HitCounter(hits: hits))
        router.get("/article") { _, _ in html(article) }
        router.get("/host") { request, _ in
            // The Host header the request named, as the page's title for the test to read.
            html("<html><head><title>\(request.head.authority ?? "none")</title></head><body><p>Echo.</p></body></html>")
        }
        router.get("/redirect") { request, _ in
            Response(status: .found, headers: [.location: request.uri.queryParameters["to"].map(String.init) ?? "/article"])
        }
        router.get("/redirect-nowhere") { _, _ in Response(status: .found) }
        router.get("/chain/{count}") { _, context in
            let count = context.parameters.get("count", as: Int.self) ?? 0
            return Response(status: .found, headers: [.location: count > 0 ? "/chain/\(count - 1)" : "/article"])
        }
        router.get("/slow") { _, _ in
            try await Task.sleep(for: .seconds(5))
            return html(article)
        }
        router.get("/large") { _, _ in html(String(repeating: "<p>padding</p>", count: 10_000)) }
        router.get("/image.png") { _, _ in Response(status: .ok, headers: [.contentType: "image/png"], body: .init(byteBuffer: ByteBuffer(bytes: [0x89, 0x50, 0x4E, 0x47]))) }
        router.get("/missing") { _, _ in Response(status: .notFound, headers: [.contentType: "text/html"], body: .init(byteBuffer: ByteBuffer(string: "<p>gone</p>"))) }

        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) },
            logger: Logger(label: "upstream", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let task = Task {
            defer { continuation.finish() }
            try await application.run()
        }
        guard let port = await ports.first(where: { _ in true }) else {
            _ = try await task.value
            throw TestFailure("the upstream server stopped before listening")
        }
        defer { task.cancel() }
        let value = try await body(UpstreamServer(host: host, port: port, hitCounter: hits))
        task.cancel()
        _ = await task.result
        return value
    }

    private static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private struct HitCounter: RouterMiddleware {
        typealias Context = BasicRequestContext
        let hits: NIOLockedValueBox<Int>

        func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
            hits.withLockedValue { $0 += 1 }
            return try await next(request, context)
        }
    }
}
