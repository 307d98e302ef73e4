/// Which addresses the page fetcher may connect to.
///
/// The fetcher resolves every host itself, asks the policy about each resolved address before
/// any connection, connects to the address it checked (the HTTP client never resolves the name
/// again), and asks again for every redirect. The default, ``publicOnly``, refuses everything
/// that ``AddressScope/classify(_:)`` does not call public: loopback, private, link-local,
/// carrier-grade NAT, metadata, multicast, documentation and reserved addresses.
public struct AddressPolicy: Sendable {
    private let allowsNonPublic: Bool
    /// Exact address and port pairs allowed whatever their scope (tests' loopback servers).
    private let exemptions: Set<Endpoint>

    /// An address and a port.
    public struct Endpoint: Sendable, Hashable {
        public var address: IPAddress
        public var port: Int

        /// - Parameters:
        ///   - address: the IP address.
        ///   - port: the TCP port.
        public init(address: IPAddress, port: Int) {
            self.address = address
            self.port = port
        }
    }

    /// Public internet addresses only: the default, safe to expose.
    public static let publicOnly = AddressPolicy(allowsNonPublic: false, exemptions: [])

    /// Every address, private networks and this host included (`--allow-private-networks`): for a
    /// server that only trusted callers reach, fetching from an intranet.
    public static let allowingPrivateNetworks = AddressPolicy(allowsNonPublic: true, exemptions: [])

    /// Public addresses, plus exactly the given endpoints: lets a test serve a page from a
    /// loopback port while every other non-public address stays refused.
    ///
    /// - Parameter endpoints: address and port pairs to allow whatever their scope.
    /// - Returns: the policy.
    public static func publicOnly(exempting endpoints: Set<Endpoint>) -> AddressPolicy {
        AddressPolicy(allowsNonPublic: false, exemptions: endpoints)
    }

    /// Whether the fetcher may connect to `address` on `port`.
    ///
    /// - Parameters:
    ///   - address: a resolved address.
    ///   - port: the port the fetcher would dial.
    /// - Returns: the verdict; ``AddressScope/classify(_:)`` says why an address was refused.
    public func permits(_ address: IPAddress, port: Int) -> Bool {
        allowsNonPublic || AddressScope.classify(address) == .publicInternet
            || exemptions.contains(Endpoint(address: address, port: port))
    }
}
