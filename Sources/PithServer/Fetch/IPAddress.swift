#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address, as its bits.
///
/// Parsed with `inet_pton`, the parser the HTTP client uses for IP literals in URLs, so the
/// address that is checked is the address that is dialled: `127.1`, `0x7f.0.0.1` and
/// `2130706433` are not IP literals here (they are host names, which the resolver handles).
public enum IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// An IPv4 address; `a.b.c.d` is `a << 24 | b << 16 | c << 8 | d`.
    case v4(UInt32)
    /// An IPv6 address: the high and low 64 bits, in network order.
    case v6(high: UInt64, low: UInt64)

    /// Parses a dotted-quad IPv4 address or an RFC 4291 IPv6 address (square brackets allowed
    /// around IPv6, as in URLs); nil for anything else.
    public init?(_ text: String) {
        var literal = Substring(text)
        if literal.hasPrefix("["), literal.hasSuffix("]") { literal = literal.dropFirst().dropLast() }
        var bytes = [UInt8](repeating: 0, count: 16)
        if String(literal).withCString({ inet_pton(AF_INET, $0, &bytes) }) == 1 {
            self.init(bytes: bytes[0..<4])
        } else if String(literal).withCString({ inet_pton(AF_INET6, $0, &bytes) }) == 1 {
            self.init(bytes: bytes[...])
        } else {
            return nil
        }
    }

    /// The address of 4 (IPv4) or 16 (IPv6) bytes in network order; nil for other lengths.
    public init?(bytes: some Collection<UInt8>) {
        switch bytes.count {
        case 4:
            self = .v4(bytes.reduce(0) { $0 << 8 | UInt32($1) })
        case 16:
            let high = bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let low = bytes.dropFirst(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            self = .v6(high: high, low: low)
        default:
            return nil
        }
    }

    /// The conventional text form: `a.b.c.d`, or IPv6 as `inet_ntop` writes it (without brackets).
    public var description: String {
        switch self {
        case .v4(let value):
            return [24, 16, 8, 0].map { String(value >> $0 & 0xFF) }.joined(separator: ".")
        case .v6(let high, let low):
            var bytes = (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
            bytes += (0..<8).map { UInt8(truncatingIfNeeded: low >> (56 - 8 * $0)) }
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            guard inet_ntop(AF_INET6, bytes, &text, socklen_t(text.count)) != nil else { return "?" }
            return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// The text form for a URL's host: IPv6 in square brackets.
    public var urlHost: String {
        switch self {
        case .v4: description
        case .v6: "[" + description + "]"
        }
    }
}
