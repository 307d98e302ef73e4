/// Everything `pith serve` can be told: where to listen, and the limits that make it safe to
/// expose.
public struct ServerConfiguration: Sendable {
    /// The default ``host``: loopback only. Listening on every interface (`0.0.0.0`) is a choice
    /// the operator makes explicitly.
    public static let defaultHost = "127.0.0.1"
    /// The default ``port``.
    public static let defaultPort = 8080

    /// The address to listen on (a name or an IP literal).
    public var host: String
    /// The port to listen on; 0 picks a free one (see ``ExtractionServer/run(onListening:)``).
    public var port: Int
    /// Request size, time and concurrency bounds.
    public var limits: ServerLimits
    /// Bounds on pages fetched for `GET /v1/extract?url=…` and `{"url": …}`.
    public var fetchLimits: FetchLimits
    /// Which addresses fetched URLs may lead to: public only unless `--allow-private-networks`.
    public var addressPolicy: AddressPolicy
    /// How fetched host names are resolved.
    public var resolver: HostResolver

    /// - Parameters:
    ///   - host: the address to listen on.
    ///   - port: the port to listen on.
    ///   - limits: request bounds.
    ///   - fetchLimits: fetch bounds.
    ///   - addressPolicy: which addresses fetches may reach.
    ///   - resolver: how fetched host names are resolved.
    public init(
        host: String = defaultHost,
        port: Int = defaultPort,
        limits: ServerLimits = ServerLimits(),
        fetchLimits: FetchLimits = FetchLimits(),
        addressPolicy: AddressPolicy = .publicOnly,
        resolver: HostResolver = .system
    ) {
        self.host = host
        self.port = port
        self.limits = limits
        self.fetchLimits = fetchLimits
        self.addressPolicy = addressPolicy
        self.resolver = resolver
    }
}
