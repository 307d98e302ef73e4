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
///
/// A slot holds a name's id and length, so a probe compares the length and the name's prefix word
/// (see ``NameKey``) before it reads any spelling; only names longer than eight bytes compare bytes.
struct StaticNameIndex: Sendable {
    static let shared = StaticNameIndex()

    /// `id | length << 16` per slot, 0 for an empty slot.
    private let slots: [UInt32]
    private let shift: UInt64
    private let mask: Int
    /// Each static name's ``NameKey/prefix``, indexed by id.
    private let prefixes: [UInt64]
    /// Copies of the generated tables, so that lookups touch no lazily initialised global.
    private let ends: [UInt32]
    private let spellings: StaticString

    private init() {
        ends = LocalName.staticNameEnds
        spellings = LocalName.staticNameBytes
        var bits: UInt64 = 1
        while 1 << bits < Int(LocalName.staticCount) * NameKey.slotsPerName { bits += 1 }
        let capacity = 1 << bits
        var slots = [UInt32](repeating: 0, count: capacity)
        var prefixes = [UInt64](repeating: 0, count: Int(LocalName.staticCount))
        for id in 1..<LocalName.staticCount {
            let spelling = LocalName.staticBytes(id)
            precondition(spelling.count < 1 << 16, "static names are short")
            let key = NameKey(spelling)
            prefixes[Int(id)] = key.prefix
            var slot = Int(truncatingIfNeeded: key.hash >> (64 - bits))
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = id | UInt32(spelling.count) << 16
        }
        self.slots = slots
        self.prefixes = prefixes
        self.shift = 64 - bits
        self.mask = capacity - 1
    }

    /// The static name with `key`; `spelling` (the name's bytes) is read only for names longer than
    /// eight bytes.
    @inline(__always)
    func lookUp(_ key: NameKey, spelling: UnsafeBufferPointer<UInt8>) -> LocalName? {
        let wanted = UInt32(truncatingIfNeeded: key.length) << 16
        var slot = Int(truncatingIfNeeded: key.hash >> shift)
        while true {
            let occupant = slots[slot]
            if occupant == 0 { return nil }
            let id = Int(occupant & 0xFFFF)
            if occupant & 0xFFFF_0000 == wanted, prefixes[id] == key.prefix,
                key.length <= NameKey.prefixLength || tail(of: id, equals: spelling)
            {
                return LocalName(rawValue: UInt32(id))
            }
            slot = (slot + 1) & mask
        }
    }

    /// The static name spelled exactly by `bytes` (case-sensitive), if there is one.
    func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalName? {
        lookUp(NameKey(bytes), spelling: bytes)
    }

    /// Whether static name `id` and `spelling` (of the same length) agree past the prefix word.
    @inline(never)
    private func tail(of id: Int, equals spelling: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(ends[id - 1])
        // SAFETY: `spellings` is a program-lifetime literal and `ends` holds offsets into it.
        let name = UnsafeBufferPointer(start: spellings.utf8Start + start, count: Int(ends[id]) - start)
        return bytesEqual(name, spelling)
    }
}

/// What the name tables look a name up by: its first eight bytes as one word, its length, and a
/// hash of all its bytes.
///
/// The tag and attribute name states build the prefix word while they scan a name (lowercasing as
/// they go), so a name of up to eight bytes (most tag and attribute names) is looked up without
/// reading its bytes again: one multiply, one slot, two compares. Names cannot contain U+0000 (the
/// tokenizer replaces it), so the zero padding of a short name's word never looks like a byte.
struct NameKey {
    /// Bytes of a name that its prefix word holds.
    static let prefixLength = 8
    /// Table slots per name: at most a quarter of the slots are full, so probe runs stay short.
    static let slotsPerName = 4
    /// 2^64 divided by the golden ratio: multiplying by it spreads the prefix over the top bits
    /// (Fibonacci hashing), which pick the slot.
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The first eight bytes of the name, little-endian (the first byte is the low byte), zero-padded.
    var prefix: UInt64
    var length: Int
    var hash: UInt64

    /// The key of a name whose prefix word the caller built; `spelling` (the name's bytes) is read
    /// only when `length` is more than eight.
    @inline(__always)
    init(prefix: UInt64, length: Int, spelling: UnsafeBufferPointer<UInt8>) {
        self.prefix = prefix
        self.length = length
        hash = length <= NameKey.prefixLength ? prefix &* NameKey.multiplier : NameKey.longHash(prefix, spelling)
    }

    /// The key of the name spelled by `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(prefix: NameKey.word(bytes, from: 0), length: bytes.count, spelling: bytes)
    }

    /// Bytes `start..<start + 8` of `bytes` as a little-endian word, zero-padded past the end.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        ByteScan.prefixWord(bytes, from: start, count: bytes.count - start)
    }

    /// Hash of a name longer than eight bytes: every further word is mixed in.
    @inline(never)
    static func longHash(_ prefix: UInt64, _ spelling: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = prefix &* multiplier
        var start = prefixLength
        while start < spelling.count {
            hash = (hash ^ (hash >> 29) ^ word(spelling, from: start)) &* multiplier
            start += prefixLength
        }
        return (hash ^ UInt64(spelling.count)) &* multiplier
    }

    /// The bytes of a name of at most eight bytes, rebuilt from its prefix word.
    func withPrefixBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeBytes(of: prefix.littleEndian) { raw in
            body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<min(length, NameKey.prefixLength)]))
        }
    }
}

/// FNV-1a over a name's bytes (the named character reference index uses it).
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
    // Eight bytes at a time, then the rest.
    var start = 0
    while start + NameKey.prefixLength <= a.count {
        if NameKey.word(a, from: start) != NameKey.word(b, from: start) { return false }
        start += NameKey.prefixLength
    }
    for i in start..<a.count where a[i] != b[i] { return false }
    return true
}
