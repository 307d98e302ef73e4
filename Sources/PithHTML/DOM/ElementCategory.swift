/// Element groups from the parsing spec (13.2.4.3), as bits of a per-name table.
///
/// `ElementCategory.membership` (generated, constant data: no lazily initialised global) holds
/// each static name's groups, a bit per group, so a membership test is a bounds check, a load and
/// a mask. Per-document names belong to no group.
package struct ElementCategory: Sendable {
    /// The group's bit in `membership`.
    let mask: UInt64

    init(mask: UInt64) { self.mask = mask }

    @inline(__always)
    package func contains(_ name: LocalName) -> Bool {
        let index = Int(name.rawValue)
        return index < ElementCategory.membership.count && ElementCategory.membership[index] & mask != 0
    }
}

/// Case adjustments for names in foreign content (13.2.6.5), generated from the spec's tables.
package enum ForeignAdjustments {}
