import PithServer
import Testing

/// The address classifier as a pure function: no test here opens a connection or resolves a name.
@Suite struct AddressScopeTests {
    static let cases: [(String, AddressScope)] = [
        // IPv4 loopback and "this network".
        ("127.0.0.1", .loopback), ("127.255.255.254", .loopback), ("127.0.0.2", .loopback),
        ("0.0.0.0", .unspecified), ("0.1.2.3", .unspecified),
        // Private networks, with their edges.
        ("10.0.0.1", .privateNetwork), ("10.255.255.255", .privateNetwork),
        ("172.16.0.1", .privateNetwork), ("172.31.255.255", .privateNetwork), ("172.15.255.255", .publicInternet),
        ("172.32.0.0", .publicInternet), ("192.168.1.1", .privateNetwork), ("192.167.255.255", .publicInternet),
        ("100.64.0.1", .sharedAddressSpace), ("100.127.255.255", .sharedAddressSpace), ("100.128.0.0", .publicInternet),
        // Link-local and metadata.
        ("169.254.1.1", .linkLocal), ("169.254.169.254", .metadata), ("169.254.170.2", .metadata),
        ("168.63.129.16", .metadata), ("100.100.100.200", .metadata), ("192.0.0.192", .metadata),
        // Special purpose, documentation, benchmarking, multicast, broadcast, reserved.
        ("192.0.0.8", .reserved), ("192.0.2.10", .documentation), ("198.51.100.7", .documentation),
        ("203.0.113.9", .documentation), ("198.18.0.1", .documentation), ("198.19.255.255", .documentation),
        ("198.20.0.0", .publicInternet), ("192.88.99.1", .reserved), ("224.0.0.1", .multicast),
        ("239.255.255.250", .multicast), ("255.255.255.255", .multicast), ("240.0.0.1", .reserved),
        ("255.255.255.254", .reserved),
        // Public IPv4.
        ("8.8.8.8", .publicInternet), ("1.1.1.1", .publicInternet), ("93.184.216.34", .publicInternet),
        ("223.255.255.255", .publicInternet), ("11.0.0.0", .publicInternet),
        // IPv6 loopback, unspecified, and the forms that carry IPv4.
        ("::1", .loopback), ("::", .unspecified), ("[::1]", .loopback),
        ("::ffff:127.0.0.1", .loopback), ("::ffff:7f00:1", .loopback), ("::ffff:10.1.2.3", .privateNetwork),
        ("::ffff:169.254.169.254", .metadata), ("::ffff:8.8.8.8", .publicInternet),
        ("::127.0.0.1", .loopback), ("::10.0.0.1", .privateNetwork), ("::8.8.8.8", .publicInternet),
        ("::ffff:0:127.0.0.1", .loopback), ("::ffff:0:8.8.8.8", .publicInternet),
        ("64:ff9b::127.0.0.1", .loopback), ("64:ff9b::a9fe:a9fe", .metadata), ("64:ff9b::8.8.8.8", .publicInternet),
        ("64:ff9b:1::1", .reserved),
        ("2002:7f00:1::", .loopback), ("2002:c0a8:101::1", .privateNetwork), ("2002:808:808::1", .publicInternet),
        // IPv6 ranges.
        ("fc00::1", .privateNetwork), ("fd12:3456::1", .privateNetwork), ("fd00:ec2::254", .metadata),
        ("fe80::1", .linkLocal), ("febf::1", .linkLocal), ("fec0::1", .privateNetwork), ("ff02::1", .multicast),
        ("2001:db8::1", .documentation), ("3fff::1", .documentation), ("3fff:fff::1", .documentation),
        ("2001::1", .reserved), ("2001:1ff::1", .reserved), ("100::1", .reserved), ("::2:3:4", .reserved),
        ("4000::1", .reserved), ("5f00::1", .reserved),
        // Public IPv6.
        ("2001:4860:4860::8888", .publicInternet), ("2606:4700:4700::1111", .publicInternet),
        ("2001:200::1", .publicInternet), ("3ffe::1", .publicInternet), ("2a00:1450::1", .publicInternet),
    ]

    @Test(arguments: cases)
    func classifies(address: String, scope: AddressScope) throws {
        let parsed = try #require(IPAddress(address), "\(address) should parse")
        #expect(AddressScope.classify(parsed) == scope, "\(address)")
    }

    /// Spellings inet_aton accepts but URLs' IP-literal parsing does not: they are host names,
    /// left to the resolver (whose answers are classified), never guessed at here.
    @Test(arguments: ["127.1", "2130706433", "0x7f000001", "0177.0.0.1", "127.0.0.1.", "::1%lo", "1.2.3", "", "[::1", "localhost"])
    func rejectsNonLiterals(text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func roundTripsTextForms() throws {
        #expect(try #require(IPAddress("10.0.0.1")).description == "10.0.0.1")
        #expect(try #require(IPAddress("::ffff:127.0.0.1")).urlHost == "[::ffff:127.0.0.1]")
        #expect(try #require(IPAddress("2001:DB8:0:0:0:0:0:1")).description == "2001:db8::1")
        #expect(IPAddress(bytes: [127, 0, 0, 1]) == IPAddress("127.0.0.1"))
        #expect(IPAddress(bytes: [1, 2, 3]) == nil)
    }
}

@Suite struct AddressPolicyTests {
    let loopback = IPAddress("127.0.0.1")!
    let publicAddress = IPAddress("8.8.8.8")!

    @Test func publicOnlyRefusesEveryNonPublicScope() {
        for (text, scope) in AddressScopeTests.cases {
            let address = IPAddress(text)!
            #expect(AddressPolicy.publicOnly.permits(address, port: 80) == (scope == .publicInternet), "\(text)")
        }
    }

    @Test func allowingPrivateNetworksPermitsEverything() {
        #expect(AddressPolicy.allowingPrivateNetworks.permits(loopback, port: 80))
        #expect(AddressPolicy.allowingPrivateNetworks.permits(IPAddress("169.254.169.254")!, port: 80))
    }

    @Test func exemptionsAreExactAddressAndPort() {
        let policy = AddressPolicy.publicOnly(exempting: [.init(address: loopback, port: 8081)])
        #expect(policy.permits(loopback, port: 8081))
        #expect(!policy.permits(loopback, port: 8082))
        #expect(!policy.permits(IPAddress("127.0.0.2")!, port: 8081))
        #expect(!policy.permits(IPAddress("::1")!, port: 8081))
        #expect(policy.permits(publicAddress, port: 443))
    }
}
