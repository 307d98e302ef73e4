/// Element groups from the parsing spec (13.2.4.3), as bitsets over static name ids.
///
/// The member lists are generated from the spec text (`Generated/LocalName+Known.swift`); this type
/// turns each into a bitset once, so a membership test is a shift and a mask.
package struct ElementCategory: Sendable {
    private var words: [UInt64]

    package init(_ members: [LocalName]) {
        words = [UInt64](repeating: 0, count: Int(LocalName.staticCount + 63) / 64)
        for name in members {
            precondition(name.isStatic, "element categories hold static names only")
            words[Int(name.rawValue) >> 6] |= 1 << UInt64(name.rawValue & 63)
        }
    }

    @inline(__always)
    package func contains(_ name: LocalName) -> Bool {
        let index = Int(name.rawValue) >> 6
        guard index < words.count else { return false }
        return words[index] & (1 << UInt64(name.rawValue & 63)) != 0
    }
}

/// Case adjustments for names in foreign content (13.2.6.5), generated from the spec's tables.
package enum ForeignAdjustments {}
