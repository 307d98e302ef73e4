import ArgumentParser
import Logging
import PithServer

/// `pith serve`: the extraction service and reader page over HTTP.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve extraction over HTTP, with a reader page.",
        discussion: """
            Endpoints: POST /v1/extract (HTML or JSON in, the article out), GET /v1/extract?url=…
            (fetches the page), GET / (the reader page), GET /healthz, GET /metrics (Prometheus),
            GET /openapi.json. Listens on loopback unless --host says otherwise. Fetched URLs may
            only lead to public addresses unless --allow-private-networks is given. SIGINT or
            SIGTERM stops accepting and lets requests in flight finish.
            """
    )

    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host = ServerConfiguration.defaultHost

    @Option(help: "The port to listen on.")
    var port = ServerConfiguration.defaultPort

    @Flag(help: "Let fetched URLs reach loopback, private, link-local and metadata addresses (only behind a trusted boundary).")
    var allowPrivateNetworks = false

    @Option(help: "The largest request body, in bytes.")
    var maxBodyBytes = ServerLimits.defaultMaxRequestBodyBytes

    @Option(help: "Extraction requests admitted at once; more get 503.")
    var maxConcurrentRequests = ServerLimits.defaultMaxConcurrentRequests

    @Option(help: "Threads running extractions (default: one per core).")
    var extractionThreads: Int?

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0–65535") }
        guard maxBodyBytes > 0, maxConcurrentRequests > 0 else { throw ValidationError("limits must be positive") }
        guard extractionThreads.map({ $0 > 0 }) ?? true else { throw ValidationError("--extraction-threads must be positive") }
        guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
    }

    func run() async throws {
        var logger = Logger(label: "pith.serve") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        let configuration = ServerConfiguration(
            host: host,
            port: port,
            limits: ServerLimits(
                maxRequestBodyBytes: maxBodyBytes,
                maxConcurrentRequests: maxConcurrentRequests,
                extractionThreads: extractionThreads
            ),
            addressPolicy: allowPrivateNetworks ? .allowingPrivateNetworks : .publicOnly
        )
        let host = self.host
        try await ExtractionServer(configuration: configuration, logger: logger).run { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            printError("pith serve: listening on http://\(shown):\(port)/ (reader at /, API at /v1/extract)")
        }
    }
}
