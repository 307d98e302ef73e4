import PithHTML

/// A fixed set of the parser's static element names, tested by one bit instead of a hash.
///
/// Per-document names (custom elements) are never members: the set holds static names only.
struct LocalNameSet: Sendable, ExpressibleByArrayLiteral {
    private var bits: [UInt64]

    /// A set of `names`, each one of the static names.
    init(arrayLiteral names: LocalName...) {
        bits = [UInt64](repeating: 0, count: (Int(LocalName.staticCount) + 63) / 64)
        for name in names {
            precondition(name.isStatic, "LocalNameSet holds static names only")
            bits[Int(name.rawValue) >> 6] |= 1 << UInt64(name.rawValue & 63)
        }
    }

    /// Whether `name` is in the set.
    @inline(__always)
    func contains(_ name: LocalName) -> Bool {
        name.isStatic && bits[Int(name.rawValue) >> 6] & (1 << UInt64(name.rawValue & 63)) != 0
    }
}
