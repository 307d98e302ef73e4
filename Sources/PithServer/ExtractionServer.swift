import Hummingbird
import HummingbirdCore
public import Logging
import NIOCore
import ServiceLifecycle

/// `pith serve`: Pith over HTTP, safe to expose.
///
/// Endpoints (documented in `/openapi.json`):
/// - `POST /v1/extract`: HTML (charset from `Content-Type`) or JSON `{"html"|"text"|"url", "format",
///   "options"}` in; the article out as JSON (the line format of `pith extract --format json`),
///   Markdown, text or clean HTML.
/// - `GET /v1/extract?url=…`: fetches the page (see ``PageFetcher``) and extracts it.
/// - `GET /`: the reader page. `GET /healthz`, `GET /metrics` (Prometheus), `GET /openapi.json`.
///
/// Safety: request bodies over ``ServerLimits/maxRequestBodyBytes`` get 413, bodies slower than
/// ``ServerLimits/bodyTimeout`` get 408, silent connections close after
/// ``ServerLimits/idleTimeout``; beyond ``ServerLimits/maxConcurrentRequests`` extractions the
/// answer is 503 with `Retry-After`; fetched URLs are http(s) only and may only reach addresses
/// the ``AddressPolicy`` permits, checked after resolution and on every redirect. Every error is
/// JSON with a code and a message; 5xx only for the server's own failures.
public struct ExtractionServer: Sendable {
    /// Where to listen and the limits.
    public let configuration: ServerConfiguration
    private let logger: Logger

    /// - Parameters:
    ///   - configuration: where to listen and the limits.
    ///   - logger: where the server logs (start, stop, unexpected errors); by default nowhere.
    public init(
        configuration: ServerConfiguration,
        logger: Logger = Logger(label: "pith.serve", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Serves until the task is cancelled or the process gets SIGINT or SIGTERM; on a signal it
    /// stops accepting, lets requests in flight finish, and returns.
    ///
    /// - Parameter onListening: called once the socket is bound, with the port (the chosen one
    ///   when ``ServerConfiguration/port`` is 0).
    /// - Throws: when the address cannot be bound.
    public func run(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await makeApplication(onListening: onListening).runService()
    }

    private func makeApplication(onListening: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        let limits = configuration.limits
        let metrics = ServiceMetrics()
        let workers = ExtractionWorkers(threads: limits.extractionThreads)
        let gate = AdmissionGate(capacity: limits.maxConcurrentRequests)
        let service = ExtractionService(
            limits: limits,
            fetcher: PageFetcher(policy: configuration.addressPolicy, limits: configuration.fetchLimits, resolver: configuration.resolver),
            workers: workers,
            gate: gate
        )

        let router = Router()
        router.add(middleware: ServiceMiddleware(metrics: metrics, logger: logger))
        router.get(RouterPath(stringLiteral: ServiceRoutes.reader)) { _, _ in ReaderPage.response() }
        router.get(RouterPath(stringLiteral: ServiceRoutes.extract)) { request, _ in try await service.get(request) }
        router.post(RouterPath(stringLiteral: ServiceRoutes.extract)) { request, _ in try await service.post(request) }
        router.get(RouterPath(stringLiteral: ServiceRoutes.health)) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get(RouterPath(stringLiteral: ServiceRoutes.metrics)) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.prometheusText(admittedExtractions: gate.count, extractionCapacity: limits.maxConcurrentRequests))))
        }
        router.get(RouterPath(stringLiteral: ServiceRoutes.openAPI)) { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }

        return Application(
            router: router,
            server: .http1(configuration: HTTP1Channel.Configuration(idleTimeout: TimeAmount(limits.idleTimeout))),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "Pith",
                availableConnectionsDelegate: MaximumAvailableConnections(limits.maxConnections, logger: logger)
            ),
            services: [workers],
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }
}
