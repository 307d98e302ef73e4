/// Names a document met that are not static ``LocalName``s, each with an id of its own.
///
/// Ids start at `LocalName.staticCount`, so a per-document name never collides with a static one.
/// Lookups go by ``NameKey``: the static index first, then this table's own open-addressing index.
package struct NameTable: Sendable {
    private var spellings: [UInt8] = []
    private var ends: [UInt32] = [0]
    /// Each entry's ``NameKey/prefix``.
    private var prefixes: [UInt64] = []
    /// Entry number + 1 per slot, 0 for an empty slot.
    private var slots: [UInt32] = [UInt32](repeating: 0, count: NameTable.initialSlots)
    private var shift: UInt64 = 64 - UInt64(NameTable.initialSlots.trailingZeroBitCount)
    /// Held here so that hot lookups skip the lazy global's once-check.
    private let staticIndex = StaticNameIndex.shared

    private static let initialSlots = 64

    package init() {}

    package var count: Int { ends.count - 1 }

    /// The id of `bytes`: static if the spelling is a static name, else this table's, added on first use.
    package mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalName {
        intern(NameKey(bytes), spelling: bytes)
    }

    /// The id of the name with `key`, added on first use. `spelling` (the name's bytes) is read only
    /// when the name is longer than eight bytes; shorter names are spelled by their key.
    @inline(__always)
    mutating func intern(_ key: NameKey, spelling: UnsafeBufferPointer<UInt8>) -> LocalName {
        if let known = staticIndex.lookUp(key, spelling: spelling) { return known }
        return internDynamic(key, spelling: spelling)
    }

    /// The id of `bytes` if the table or the static names have it; never adds.
    package func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalName? {
        let key = NameKey(bytes)
        if let known = staticIndex.lookUp(key, spelling: bytes) { return known }
        guard case .found(let entry) = probe(key, spelling: bytes) else { return nil }
        return LocalName(rawValue: LocalName.staticCount + UInt32(entry))
    }

    /// The spelling of any name, static or this table's.
    package func string(for name: LocalName) -> String {
        if name.isStatic { return name.staticString ?? "" }
        let entry = Int(name.rawValue - LocalName.staticCount)
        guard entry < count else { return "" }
        return String(decoding: spellings[Int(ends[entry])..<Int(ends[entry + 1])], as: UTF8.self)
    }

    private enum Probe {
        case found(Int)
        case empty(slot: Int)
    }

    private func probe(_ key: NameKey, spelling: UnsafeBufferPointer<UInt8>) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let occupant = slots[slot]
            if occupant == 0 { return .empty(slot: slot) }
            let entry = Int(occupant) - 1
            if prefixes[entry] == key.prefix, Int(ends[entry + 1] - ends[entry]) == key.length,
                key.length <= NameKey.prefixLength || self.entry(entry, isSpelled: spelling)
            {
                return .found(entry)
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(never)
    private mutating func internDynamic(_ key: NameKey, spelling: UnsafeBufferPointer<UInt8>) -> LocalName {
        switch probe(key, spelling: spelling) {
        case .found(let entry):
            return LocalName(rawValue: LocalName.staticCount + UInt32(entry))
        case .empty(let slot):
            if key.length <= NameKey.prefixLength {
                key.withPrefixBytes { spellings.append(contentsOf: $0) }
            } else {
                spellings.append(contentsOf: spelling)
            }
            ends.append(UInt32(spellings.count))
            prefixes.append(key.prefix)
            slots[slot] = UInt32(count)
            if count * NameKey.slotsPerName > slots.count { rehash() }
            return LocalName(rawValue: LocalName.staticCount + UInt32(count) - 1)
        }
    }

    private func entry(_ entry: Int, isSpelled bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(ends[entry])
        let end = Int(ends[entry + 1])
        return spellings.withUnsafeBufferPointer { bytesEqual(UnsafeBufferPointer(rebasing: $0[start..<end]), bytes) }
    }

    private mutating func rehash() {
        var grown = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        shift -= 1
        spellings.withUnsafeBufferPointer { spellings in
            for entry in 0..<count {
                let name = UnsafeBufferPointer(rebasing: spellings[Int(ends[entry])..<Int(ends[entry + 1])])
                var slot = Int(truncatingIfNeeded: NameKey(name).hash >> shift)
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = UInt32(entry + 1)
            }
        }
        slots = grown
    }
}
