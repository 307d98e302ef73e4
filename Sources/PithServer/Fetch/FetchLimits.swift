/// Bounds on one page fetch: how much, how long, how many hops.
public struct FetchLimits: Sendable, Hashable {
    /// The default for ``maxBytes``: 10 MiB, the request body limit too. News pages are
    /// 50 KB–2 MB; a body beyond this is not an article.
    public static let defaultMaxBytes = 10 << 20
    /// The default for ``timeout``: 10 seconds for the whole fetch, redirects included.
    public static let defaultTimeout = Duration.seconds(10)
    /// The default for ``maxRedirects``: 5, as the issue asks (browsers allow 20; real pages
    /// need one or two).
    public static let defaultMaxRedirects = 5

    /// The largest response body read; the fetch fails beyond it.
    public var maxBytes: Int
    /// The time allowed from the first lookup to the last byte.
    public var timeout: Duration
    /// How many redirects are followed; each hop is resolved and checked again.
    public var maxRedirects: Int

    /// - Parameters:
    ///   - maxBytes: the largest response body read.
    ///   - timeout: the time allowed for the whole fetch.
    ///   - maxRedirects: how many redirects are followed.
    public init(maxBytes: Int = defaultMaxBytes, timeout: Duration = defaultTimeout, maxRedirects: Int = defaultMaxRedirects) {
        precondition(maxBytes > 0 && maxRedirects >= 0 && timeout > .zero, "fetch limits must be positive")
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.maxRedirects = maxRedirects
    }
}
