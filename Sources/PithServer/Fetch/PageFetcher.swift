import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A page fetched for extraction.
public struct FetchedPage: Sendable {
    /// The URL that answered, after redirects.
    public var url: String
    /// The response body, as sent (Pith decodes the charset itself).
    public var bytes: [UInt8]
    /// The `charset` of the response's `Content-Type`, when given.
    public var charset: String?
}

/// Fetches web pages for strangers without becoming a way into the network it runs on.
///
/// For each hop — the URL and every redirect, at most ``FetchLimits/maxRedirects`` — the
/// fetcher reads the host as the HTTP client would, resolves it with its ``HostResolver``, and
/// refuses the hop unless the ``AddressPolicy`` permits every resolved address. It then connects
/// to the checked address itself: the client is told the address (its `dnsOverride`, which keeps
/// TLS verification and SNI on the host name) and never resolves the name again, so a DNS answer
/// that changes between check and connect cannot redirect it. Redirects are never followed by the
/// client; the fetcher follows them, checking each. Only `http` and `https` are spoken, the body
/// is read up to ``FetchLimits/maxBytes``, and the whole fetch gets ``FetchLimits/timeout``.
public struct PageFetcher: Sendable {
    public var policy: AddressPolicy
    public var limits: FetchLimits
    public var resolver: HostResolver

    /// The `User-Agent` sent with every request.
    public static let userAgent = "Pith/1 (article extraction)"

    /// - Parameters:
    ///   - policy: which addresses may be dialled.
    ///   - limits: size, time and redirect bounds.
    ///   - resolver: how host names become addresses.
    public init(policy: AddressPolicy = .publicOnly, limits: FetchLimits = FetchLimits(), resolver: HostResolver = .system) {
        self.policy = policy
        self.limits = limits
        self.resolver = resolver
    }

    /// Fetches `url`, following redirects.
    ///
    /// - Parameter url: an absolute `http` or `https` URL.
    /// - Returns: the final URL and its body.
    /// - Throws: ``FetchError``: a bad URL or scheme, a refused address (before any connection),
    ///   resolution or connection failures, a non-2xx status, a body that is not HTML or too
    ///   large, too many redirects, or the time limit.
    public func fetch(_ url: String) async throws -> FetchedPage {
        let start = try FetchTarget(url)
        let timeout = limits.timeout
        let deadline = NIODeadline.now() + TimeAmount(timeout)
        return try await withThrowingTaskGroup(of: FetchedPage?.self) { group in
            group.addTask { try await self.follow(from: start, deadline: deadline) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let page = try await group.next() ?? nil else { throw FetchError.timedOut(url, after: timeout) }
            return page
        }
    }

    private func follow(from start: FetchTarget, deadline: NIODeadline) async throws -> FetchedPage {
        var target = start
        var redirects = 0
        while true {
            let address = try await checkedAddress(of: target)
            switch try await exchange(target, address: address, deadline: deadline) {
            case .page(let page):
                return page
            case .redirect(let location):
                guard redirects < limits.maxRedirects else {
                    throw FetchError.tooManyRedirects(start.url.absoluteString, limit: limits.maxRedirects)
                }
                guard let location, !location.isEmpty else { throw FetchError.invalidRedirect(target.url.absoluteString) }
                target = try FetchTarget(location: location, from: target)
                redirects += 1
            }
        }
    }

    /// The address to dial for `target`: its IP literal, or the first address its name resolves
    /// to — provided the policy permits every address the name resolves to, so that a name
    /// mixing public and private answers is refused rather than raced.
    private func checkedAddress(of target: FetchTarget) async throws -> IPAddress {
        let addresses = if let literal = target.literalAddress { [literal] } else { try await resolver.resolve(target.host) }
        guard let first = addresses.first else { throw FetchError.hostNotFound(target.host, reason: "no addresses") }
        for address in addresses where !policy.permits(address, port: target.port) {
            throw FetchError.forbiddenAddress(host: target.host, address: address, scope: AddressScope.classify(address))
        }
        return first
    }

    private enum Hop {
        case page(FetchedPage)
        /// A 3xx with its `Location`, if any.
        case redirect(String?)
    }

    /// One request to the checked address, on a client of its own so that nothing (pooled
    /// connections, name resolution) is shared with another hop.
    private func exchange(_ target: FetchTarget, address: IPAddress, deadline: NIODeadline) async throws -> Hop {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, decompression: .disabled)
        if target.literalAddress == nil { configuration.dnsOverride = [target.host: address.description] }
        // One request per client: a refused or failed connection is the answer, not something to
        // retry with backoff until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        do {
            let hop = try await exchange(target, client: client, deadline: deadline)
            try await client.shutdown()
            return hop
        } catch {
            try? await client.shutdown()
            if let error = error as? FetchError { throw error }
            if error is CancellationError { throw error }
            // The client's deadline is the fetch's own, and may fire just before the fetch's timer.
            if let error = error as? HTTPClientError, error == .deadlineExceeded {
                throw FetchError.timedOut(target.url.absoluteString, after: limits.timeout)
            }
            throw FetchError.connectionFailed(target.url.absoluteString, reason: String(describing: error).prefix(200).description)
        }
    }

    private func exchange(_ target: FetchTarget, client: HTTPClient, deadline: NIODeadline) async throws -> Hop {
        let url = target.url.absoluteString
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        request.headers.add(name: "Accept", value: "text/html,application/xhtml+xml;q=0.9")
        request.headers.add(name: "Accept-Encoding", value: "identity")
        let response = try await client.execute(request, deadline: deadline)
        let status = Int(response.status.code)
        if [301, 302, 303, 307, 308].contains(status) { return .redirect(response.headers.first(name: "location")) }
        guard (200..<300).contains(status) else { throw FetchError.upstreamStatus(url, status: status) }
        let contentType = response.headers.first(name: "content-type").map(ContentType.init)
        if let contentType, !contentType.isHTML { throw FetchError.unsupportedContentType(url, contentType: contentType.mediaType) }
        if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > limits.maxBytes {
            throw FetchError.tooLarge(url, limit: limits.maxBytes)
        }
        var bytes: [UInt8] = []
        for try await chunk in response.body {
            guard bytes.count + chunk.readableBytes <= limits.maxBytes else { throw FetchError.tooLarge(url, limit: limits.maxBytes) }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return .page(FetchedPage(url: url, bytes: bytes, charset: contentType?.charset))
    }
}
