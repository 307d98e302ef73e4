/// Why a page could not be fetched: a stable machine-readable ``code`` and a message for people.
///
/// An extensible struct rather than an enum, so new failure kinds are not breaking changes.
/// The server turns each into a JSON error (``ServiceError/init(_:)-(FetchError)``).
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier, `fetch.` followed by the kind, e.g. `fetch.forbidden_address`.
    public var code: String
    /// What went wrong, for people; names the URL or address involved.
    public var message: String

    /// - Parameters:
    ///   - code: the stable identifier.
    ///   - message: the explanation.
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { code + ": " + message }

    /// The text is not an absolute `http:` or `https:` URL with a host.
    public static func invalidURL(_ url: String) -> FetchError {
        FetchError(code: "fetch.invalid_url", message: "not an absolute URL with a host: \(url.prefix(200))")
    }

    /// The URL's scheme is not `http` or `https`.
    public static func unsupportedScheme(_ scheme: String) -> FetchError {
        FetchError(code: "fetch.unsupported_scheme", message: "only http and https URLs are fetched, not \(scheme.prefix(40)):")
    }

    /// The host resolves to an address the ``AddressPolicy`` refuses (loopback, private,
    /// link-local, metadata …); nothing was sent to it.
    public static func forbiddenAddress(host: String, address: IPAddress, scope: AddressScope) -> FetchError {
        let target = host == address.description ? host : "\(host) resolves to \(address), which"
        return FetchError(code: "fetch.forbidden_address", message: "\(target) is a \(scope.rawValue) address; only public addresses are fetched")
    }

    /// The host name does not resolve.
    public static func hostNotFound(_ host: String, reason: String) -> FetchError {
        FetchError(code: "fetch.host_not_found", message: "cannot resolve \(host): \(reason)")
    }

    /// No connection, TLS failure, or the connection broke.
    public static func connectionFailed(_ url: String, reason: String) -> FetchError {
        FetchError(code: "fetch.connection_failed", message: "cannot fetch \(url): \(reason)")
    }

    /// The whole fetch, redirects included, took longer than ``FetchLimits/timeout``.
    public static func timedOut(_ url: String, after timeout: Duration) -> FetchError {
        FetchError(code: "fetch.timeout", message: "fetching \(url) took longer than \(timeout)")
    }

    /// More redirects than ``FetchLimits/maxRedirects``.
    public static func tooManyRedirects(_ url: String, limit: Int) -> FetchError {
        FetchError(code: "fetch.too_many_redirects", message: "\(url) redirects more than \(limit) times")
    }

    /// A redirect without a usable `Location`.
    public static func invalidRedirect(_ url: String) -> FetchError {
        FetchError(code: "fetch.invalid_redirect", message: "\(url) redirects without a valid Location")
    }

    /// The server answered with a status other than 2xx or a redirect.
    public static func upstreamStatus(_ url: String, status: Int) -> FetchError {
        FetchError(code: "fetch.upstream_status", message: "\(url) answered HTTP \(status)")
    }

    /// The response is not HTML.
    public static func unsupportedContentType(_ url: String, contentType: String) -> FetchError {
        FetchError(code: "fetch.unsupported_content_type", message: "\(url) is \(contentType.prefix(100)), not HTML")
    }

    /// The response body exceeds ``FetchLimits/maxBytes``.
    public static func tooLarge(_ url: String, limit: Int) -> FetchError {
        FetchError(code: "fetch.too_large", message: "\(url) is larger than \(limit) bytes")
    }
}
