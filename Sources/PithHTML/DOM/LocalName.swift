/// An element or attribute local name, as a small integer.
///
/// Names the parser and the extractor know (every HTML element, the SVG and MathML names the tree
/// builder adjusts, common attributes) have fixed ids generated from the spec into
/// `LocalName+Known.swift`, so `LocalName.div` is a constant and comparing two names is comparing two
/// integers. Other names (custom elements, `data-*` attributes) get ids from the ``Document`` that
/// meets them; ``Document/string(for:)`` spells any name.
public struct LocalName: Hashable, Sendable, RawRepresentable {
    public var rawValue: UInt32

    @inlinable
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// The absent name (node kinds without a name carry it).
    public static let none = LocalName(rawValue: 0)

    /// Whether the name is one of the generated constants rather than a per-document one.
    public var isStatic: Bool { rawValue < LocalName.staticCount }

    /// The id of a static name spelled exactly by `bytes` (case-sensitive), if there is one.
    package static func lookUpStatic(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalName? {
        StaticNameIndex.shared.lookUp(bytes)
    }

    /// The id of a static name spelled exactly by `string`, if there is one.
    public static func known(_ string: String) -> LocalName? {
        var string = string
        return string.withUTF8 { lookUpStatic($0) }
    }

    /// The spelling of a static name; `nil` for per-document names.
    public var staticString: String? {
        guard rawValue > 0, isStatic else { return nil }
        return String(decoding: LocalName.staticBytes(rawValue), as: UTF8.self)
    }

    /// The UTF-8 bytes of static name `id`.
    package static func staticBytes(_ id: UInt32) -> UnsafeBufferPointer<UInt8> {
        let start = Int(staticNameEnds[Int(id) - 1])
        let end = Int(staticNameEnds[Int(id)])
        // SAFETY: `staticNameBytes` is a literal that lives for the whole program, and the generator
        // writes `staticNameEnds` as offsets of that literal's UTF-8 bytes.
        return UnsafeBufferPointer(start: staticNameBytes.utf8Start + start, count: end - start)
    }
}

/// An open-addressing hash index from spelling to static name id, built once on first use.
struct StaticNameIndex: Sendable {
    static let shared = StaticNameIndex()

    private let slots: [UInt32]
    private let mask: Int
    /// Copies of the generated tables, so that lookups touch no lazily initialised global.
    private let ends: [UInt32]
    private let spellings: StaticString

    private init() {
        ends = LocalName.staticNameEnds
        spellings = LocalName.staticNameBytes
        var capacity = 1
        while capacity < Int(LocalName.staticCount) * 4 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        for id in 1..<LocalName.staticCount {
            var slot = Int(truncatingIfNeeded: nameHash(LocalName.staticBytes(id))) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = id
        }
        self.slots = slots
        self.mask = capacity - 1
    }

    func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalName? {
        var slot = Int(truncatingIfNeeded: nameHash(bytes)) & mask
        while true {
            let id = Int(slots[slot])
            if id == 0 { return nil }
            let start = Int(ends[id - 1])
            // SAFETY: `spellings` is a program-lifetime literal and `ends` holds offsets into it.
            let spelling = UnsafeBufferPointer(start: spellings.utf8Start + start, count: Int(ends[id]) - start)
            if bytesEqual(spelling, bytes) { return LocalName(rawValue: UInt32(id)) }
            slot = (slot + 1) & mask
        }
    }
}

/// FNV-1a over a name's bytes: names are short, so a simple byte loop beats anything clever.
@inline(__always)
func nameHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hash
}

@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    for i in 0..<a.count where a[i] != b[i] { return false }
    return true
}
