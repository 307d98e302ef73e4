import NIOCore

/// Bounds that keep the service answering under load and abuse: request size, time to send it,
/// concurrent extractions, open connections.
///
/// Memory is bounded by ``maxConcurrentRequests`` × (``maxRequestBodyBytes`` or
/// ``FetchLimits/maxBytes``) for bodies in flight, plus the parsed documents of at most
/// ``extractionThreads`` extractions at a time.
public struct ServerLimits: Sendable, Hashable {
    /// The default for ``maxRequestBodyBytes``: 10 MiB, as the issue asks. News pages are
    /// 50 KB–2 MB.
    public static let defaultMaxRequestBodyBytes = 10 << 20
    /// The default for ``maxConcurrentRequests``: 32 extraction requests admitted at once
    /// (running or waiting for a thread), so at most 320 MiB of request bodies are held; on two
    /// cores at ~40 ms a page that is under a second of queue.
    public static let defaultMaxConcurrentRequests = 32
    /// The default for ``retryAfterSeconds``: 1 second, a queue's worth of work at the default
    /// concurrency.
    public static let defaultRetryAfterSeconds = 1
    /// The default for ``bodyTimeout``: 30 seconds to send a request body (10 MB at 3 Mbit/s).
    public static let defaultBodyTimeout = Duration.seconds(30)
    /// The default for ``idleTimeout``: 30 seconds without a byte closes a connection, which also
    /// ends a client that never finishes its request head.
    public static let defaultIdleTimeout = Duration.seconds(30)
    /// The default for ``maxConnections``: 1,000 open connections, under the common `ulimit -n`
    /// of 1,024 (the fetcher needs descriptors too); raise both together.
    public static let defaultMaxConnections = 1_000

    /// The largest request body read; larger bodies get 413 before they are read to the end.
    public var maxRequestBodyBytes: Int
    /// How many `/v1/extract` requests are admitted at once; more get 503 with `Retry-After`.
    public var maxConcurrentRequests: Int
    /// The `Retry-After` value of a 503.
    public var retryAfterSeconds: Int
    /// Threads that run extractions (CPU-bound): by default one per core.
    public var extractionThreads: Int
    /// The time a client has to send its whole request body; slower clients get 408.
    public var bodyTimeout: Duration
    /// How long a connection may stay silent (between requests, or inside an unfinished head).
    public var idleTimeout: Duration
    /// Open connections beyond which the server stops accepting until one closes.
    public var maxConnections: Int

    /// - Parameters:
    ///   - maxRequestBodyBytes: the largest request body read.
    ///   - maxConcurrentRequests: extraction requests admitted at once.
    ///   - retryAfterSeconds: the `Retry-After` of a 503.
    ///   - extractionThreads: threads running extractions; nil for one per core.
    ///   - bodyTimeout: the time allowed to send a request body.
    ///   - idleTimeout: how long a connection may stay silent.
    ///   - maxConnections: open connections accepted at once.
    public init(
        maxRequestBodyBytes: Int = defaultMaxRequestBodyBytes,
        maxConcurrentRequests: Int = defaultMaxConcurrentRequests,
        retryAfterSeconds: Int = defaultRetryAfterSeconds,
        extractionThreads: Int? = nil,
        bodyTimeout: Duration = defaultBodyTimeout,
        idleTimeout: Duration = defaultIdleTimeout,
        maxConnections: Int = defaultMaxConnections
    ) {
        precondition(maxRequestBodyBytes > 0 && maxConcurrentRequests > 0 && maxConnections > 0, "server limits must be positive")
        self.maxRequestBodyBytes = maxRequestBodyBytes
        self.maxConcurrentRequests = maxConcurrentRequests
        self.retryAfterSeconds = retryAfterSeconds
        self.extractionThreads = max(1, extractionThreads ?? System.coreCount)
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
    }
}
