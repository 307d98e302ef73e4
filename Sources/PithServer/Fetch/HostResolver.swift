#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NIOPosix

/// Turns a host name into the addresses the page fetcher may dial.
///
/// ``system`` asks the operating system's resolver (`getaddrinfo`, as the HTTP client itself
/// would), on a thread pool so the event loops never block. Every address it returns is checked
/// by the ``AddressPolicy`` and the connection goes to the checked address.
public struct HostResolver: Sendable {
    private let resolveHost: @Sendable (String) async throws -> [IPAddress]

    /// A resolver from a function: host name in, addresses out (an empty array, or a thrown
    /// error, when the name does not resolve).
    ///
    /// - Parameter resolve: the lookup, e.g. a DNS-over-HTTPS client or a fixed table.
    public init(_ resolve: @escaping @Sendable (String) async throws -> [IPAddress]) {
        self.resolveHost = resolve
    }

    /// The system resolver, `getaddrinfo`, which also reads `/etc/hosts` and accepts the numeric
    /// spellings inet_aton does (`127.1`, `2130706433`, `0x7f000001`).
    public static let system = HostResolver { host in
        try await NIOThreadPool.singleton.runIfActive { try getaddrinfoAddresses(host) }
    }

    /// The addresses of `host`, in the resolver's order, without duplicates.
    ///
    /// - Parameter host: a host name as it appears in a URL (no brackets).
    /// - Returns: the addresses; empty when the name does not resolve.
    /// - Throws: ``FetchError/hostNotFound(_:reason:)`` from ``system``, or what a custom
    ///   resolver throws.
    public func resolve(_ host: String) async throws -> [IPAddress] {
        var seen = Set<IPAddress>()
        return try await resolveHost(host).filter { seen.insert($0).inserted }
    }
}

/// `getaddrinfo` for TCP, both families.
private func getaddrinfoAddresses(_ host: String) throws -> [IPAddress] {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    #if canImport(Darwin)
    hints.ai_socktype = SOCK_STREAM
    #else
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    #endif
    var list: UnsafeMutablePointer<addrinfo>?
    let status = getaddrinfo(host, nil, &hints, &list)
    guard status == 0 else { throw FetchError.hostNotFound(host, reason: String(cString: gai_strerror(status))) }
    defer { freeaddrinfo(list) }
    var addresses: [IPAddress] = []
    var entry = list
    while let info = entry?.pointee {
        entry = info.ai_next
        guard let socketAddress = info.ai_addr else { continue }
        switch info.ai_family {
        case AF_INET:
            // SAFETY: getaddrinfo gives AF_INET entries a sockaddr_in.
            let bytes = socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { withUnsafeBytes(of: $0.pointee.sin_addr) { Array($0) } }
            IPAddress(bytes: bytes).map { addresses.append($0) }
        case AF_INET6:
            // SAFETY: getaddrinfo gives AF_INET6 entries a sockaddr_in6.
            let bytes = socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { withUnsafeBytes(of: $0.pointee.sin6_addr) { Array($0) } }
            IPAddress(bytes: bytes).map { addresses.append($0) }
        default:
            continue
        }
    }
    return addresses
}
