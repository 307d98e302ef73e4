import Foundation

/// A URL the fetcher may request: absolute, `http` or `https`, with a host — and the host and
/// port read exactly as the HTTP client reads them, so the name that is resolved and checked is
/// the name the client would otherwise have dialled.
struct FetchTarget: Sendable {
    /// The URL as the client will request it.
    let url: URL
    /// The host without IPv6 brackets (AsyncHTTPClient's `DeconstructedURL` trims them too).
    let host: String
    let port: Int
    /// The host when it is an IP literal: checked directly, never resolved.
    let literalAddress: IPAddress?

    /// - Throws: ``FetchError/invalidURL(_:)``, ``FetchError/unsupportedScheme(_:)``.
    init(_ text: String) throws(FetchError) {
        guard let url = URL(string: text) else { throw .invalidURL(text) }
        try self.init(url: url, text: text)
    }

    /// The target of a redirect: `location` resolved against the URL that answered with it.
    ///
    /// - Throws: ``FetchError/invalidRedirect(_:)`` for a `Location` that is not a URL,
    ///   ``FetchError/unsupportedScheme(_:)`` for one that leaves http and https.
    init(location: String, from previous: FetchTarget) throws(FetchError) {
        guard let url = URL(string: location, relativeTo: previous.url)?.absoluteURL else {
            throw .invalidRedirect(previous.url.absoluteString)
        }
        try self.init(url: url, text: url.absoluteString)
    }

    private init(url: URL, text: String) throws(FetchError) {
        guard let scheme = url.scheme?.lowercased() else { throw .invalidURL(text) }
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        guard var host = url.host, !host.isEmpty else { throw .invalidURL(text) }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        self.url = url
        self.host = host
        self.port = url.port ?? (scheme == "https" ? 443 : 80)
        self.literalAddress = IPAddress(host)
    }
}
