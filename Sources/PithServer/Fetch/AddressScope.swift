/// Where an IP address leads: the public internet, or somewhere a server fetching pages for
/// strangers must not go.
///
/// Ranges from the IANA IPv4 and IPv6 special-purpose address registries (RFC 6890 and its
/// updates) and the cloud providers' instance-metadata addresses. ``classify(_:)`` is a pure
/// function; ``AddressPolicy`` decides from its verdict.
public enum AddressScope: String, Sendable, CaseIterable {
    /// Routable on the internet.
    case publicInternet = "public"
    /// This host: `127.0.0.0/8`, `::1`.
    case loopback
    /// "This network" and the unspecified address: `0.0.0.0/8`, `::` (which reach this host).
    case unspecified
    /// Private networks: `10/8`, `172.16/12`, `192.168/16`, IPv6 unique-local `fc00::/7` and the
    /// deprecated site-local `fec0::/10`.
    case privateNetwork = "private"
    /// Carrier-grade NAT, RFC 6598: `100.64.0.0/10`.
    case sharedAddressSpace = "shared"
    /// Link-local: `169.254.0.0/16`, `fe80::/10`.
    case linkLocal = "link-local"
    /// A cloud instance-metadata or host service: `169.254.169.254`, `fd00:ec2::254`,
    /// `168.63.129.16` (Azure), `100.100.100.200` (Alibaba), `192.0.0.192` (Oracle).
    case metadata
    /// Multicast and broadcast: `224.0.0.0/4`, `255.255.255.255`, `ff00::/8`.
    case multicast
    /// Documentation and benchmarking ranges: `192.0.2/24`, `198.51.100/24`, `203.0.113/24`,
    /// `198.18/15`, `2001:db8::/32`, `3fff::/20`.
    case documentation
    /// Reserved or special-purpose: `240.0.0.0/4`, `192.0.0.0/24`, `192.88.99.0/24`, IPv6 outside
    /// global unicast `2000::/3` (NAT64 local-use, SRv6, discard-only among them) and `2001::/23`
    /// (Teredo, ORCHID).
    case reserved

    /// Classifies an address. IPv6 forms that carry an IPv4 address (IPv4-mapped `::ffff:a.b.c.d`,
    /// IPv4-compatible `::a.b.c.d`, IPv4-translated `::ffff:0:a.b.c.d`, NAT64 `64:ff9b::/96` and
    /// 6to4 `2002::/16`) are classified by the IPv4 address they carry.
    ///
    /// - Complexity: O(1).
    public static func classify(_ address: IPAddress) -> AddressScope {
        switch address {
        case .v4(let value): classifyV4(value)
        case .v6(let high, let low): classifyV6(high: high, low: low)
        }
    }

    /// IPv4 metadata endpoints that sit outside link-local.
    private static let v4MetadataAddresses: Set<UInt32> = [
        0xA83F_8110,  // 168.63.129.16, Azure WireServer
        0x6464_64C8,  // 100.100.100.200, Alibaba Cloud
        0xC000_00C0,  // 192.0.0.192, Oracle Cloud
        0xA9FE_A9FE,  // 169.254.169.254, AWS, GCP, Azure IMDS, OpenStack
        0xA9FE_AA02,  // 169.254.170.2, AWS ECS task metadata
    ]

    /// IPv4 ranges that are not public, as (network, prefix length, scope), most specific first
    /// where they overlap.
    private static let v4Ranges: [(network: UInt32, prefix: Int, scope: AddressScope)] = [
        (0x0000_0000, 8, .unspecified),  // 0.0.0.0/8
        (0x0A00_0000, 8, .privateNetwork),  // 10.0.0.0/8
        (0x6440_0000, 10, .sharedAddressSpace),  // 100.64.0.0/10
        (0x7F00_0000, 8, .loopback),  // 127.0.0.0/8
        (0xA9FE_0000, 16, .linkLocal),  // 169.254.0.0/16
        (0xAC10_0000, 12, .privateNetwork),  // 172.16.0.0/12
        (0xC000_0000, 24, .reserved),  // 192.0.0.0/24, IETF protocol assignments
        (0xC000_0200, 24, .documentation),  // 192.0.2.0/24, TEST-NET-1
        (0xC058_6300, 24, .reserved),  // 192.88.99.0/24, 6to4 relay anycast
        (0xC0A8_0000, 16, .privateNetwork),  // 192.168.0.0/16
        (0xC612_0000, 15, .documentation),  // 198.18.0.0/15, benchmarking
        (0xC633_6400, 24, .documentation),  // 198.51.100.0/24, TEST-NET-2
        (0xCB00_7100, 24, .documentation),  // 203.0.113.0/24, TEST-NET-3
        (0xE000_0000, 4, .multicast),  // 224.0.0.0/4
        (0xFFFF_FFFF, 32, .multicast),  // 255.255.255.255, limited broadcast
        (0xF000_0000, 4, .reserved),  // 240.0.0.0/4
    ]

    private static func classifyV4(_ value: UInt32) -> AddressScope {
        if v4MetadataAddresses.contains(value) { return .metadata }
        for range in v4Ranges where value >> (32 - range.prefix) == range.network >> (32 - range.prefix) {
            return range.scope
        }
        return .publicInternet
    }

    private static func classifyV6(high: UInt64, low: UInt64) -> AddressScope {
        let embeddedV4 = UInt32(truncatingIfNeeded: low)
        let first16 = high >> 48
        // ::/96 (unspecified, loopback, IPv4-compatible), ::ffff:0:0/96 (IPv4-mapped) and
        // ::ffff:0:0:0/96 (IPv4-translated): the IPv4 address decides; :: and ::1 land in 0/8.
        if high == 0 {
            if low == 1 { return .loopback }
            let upper = low >> 32
            if upper == 0 || upper == 0xFFFF || upper == 0xFFFF_0000 { return classifyV4(embeddedV4) }
            return .reserved
        }
        // 64:ff9b::/96, the well-known NAT64 prefix: a gateway dials the embedded IPv4 address.
        if high == 0x0064_FF9B_0000_0000, low >> 32 == 0 { return classifyV4(embeddedV4) }
        // 2002::/16, 6to4: the relay dials the IPv4 address in bits 16–47.
        if first16 == 0x2002 { return classifyV4(UInt32(truncatingIfNeeded: high >> 16)) }
        if high == 0xFD00_0EC2_0000_0000, low == 0x254 { return .metadata }  // fd00:ec2::254, AWS
        if first16 & 0xFE00 == 0xFC00 { return .privateNetwork }  // fc00::/7
        if first16 & 0xFFC0 == 0xFE80 { return .linkLocal }  // fe80::/10
        if first16 & 0xFFC0 == 0xFEC0 { return .privateNetwork }  // fec0::/10
        if first16 & 0xFF00 == 0xFF00 { return .multicast }  // ff00::/8
        if high >> 32 == 0x2001_0DB8 || high >> 44 == 0x3_FFF0 { return .documentation }  // 2001:db8::/32, 3fff::/20
        if first16 & 0xE000 != 0x2000 { return .reserved }  // outside 2000::/3
        if high >> 41 == 0x2001_0000 >> 9 { return .reserved }  // 2001::/23
        return .publicInternet
    }
}
