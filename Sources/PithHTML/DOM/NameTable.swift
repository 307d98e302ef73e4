/// Names a document met that are not static ``LocalName``s, each with an id of its own.
///
/// Ids start at `LocalName.staticCount`, so a per-document name never collides with a static one.
package struct NameTable: Sendable {
    private var spellings: [UInt8] = []
    private var ends: [UInt32] = [0]
    private var slots: [UInt32] = [UInt32](repeating: 0, count: 64)
    /// Held here so that hot lookups skip the lazy global's once-check.
    private let staticIndex = StaticNameIndex.shared

    package init() {}

    package var count: Int { ends.count - 1 }

    /// The id of `bytes`: static if the spelling is a static name, else this table's, added on first use.
    package mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalName {
        if let known = staticIndex.lookUp(bytes) { return known }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: nameHash(bytes)) & mask
        while true {
            let occupant = slots[slot]
            if occupant == 0 { break }
            if entry(Int(occupant) - 1, isSpelled: bytes) {
                return LocalName(rawValue: LocalName.staticCount + occupant - 1)
            }
            slot = (slot + 1) & mask
        }
        spellings.append(contentsOf: bytes)
        ends.append(UInt32(spellings.count))
        slots[slot] = UInt32(count)
        if count * 2 > slots.count { rehash() }
        return LocalName(rawValue: LocalName.staticCount + UInt32(count) - 1)
    }

    /// The id of `bytes` if the table or the static names have it; never adds.
    package func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalName? {
        if let known = staticIndex.lookUp(bytes) { return known }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: nameHash(bytes)) & mask
        while true {
            let occupant = slots[slot]
            if occupant == 0 { return nil }
            if entry(Int(occupant) - 1, isSpelled: bytes) {
                return LocalName(rawValue: LocalName.staticCount + occupant - 1)
            }
            slot = (slot + 1) & mask
        }
    }

    /// The spelling of any name, static or this table's.
    package func string(for name: LocalName) -> String {
        if name.isStatic { return name.staticString ?? "" }
        let entry = Int(name.rawValue - LocalName.staticCount)
        guard entry < count else { return "" }
        return String(decoding: spellings[Int(ends[entry])..<Int(ends[entry + 1])], as: UTF8.self)
    }

    private func entry(_ entry: Int, isSpelled bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(ends[entry])
        let end = Int(ends[entry + 1])
        return spellings.withUnsafeBufferPointer { bytesEqual(UnsafeBufferPointer(rebasing: $0[start..<end]), bytes) }
    }

    private func hash(ofEntry entry: Int) -> UInt64 {
        let start = Int(ends[entry])
        let end = Int(ends[entry + 1])
        return spellings.withUnsafeBufferPointer { nameHash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    private mutating func rehash() {
        var grown = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        for entry in 0..<count {
            var slot = Int(truncatingIfNeeded: hash(ofEntry: entry)) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = UInt32(entry + 1)
        }
        slots = grown
    }
}
