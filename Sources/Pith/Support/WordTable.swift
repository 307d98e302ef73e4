/// A fixed table of words looked up by their UTF-8 bytes, without building a `String` per lookup.
///
/// Extraction splits every class name and block text into short words and looks each up in a
/// vocabulary; hashing each as a `String` (SipHash over a fresh value, Unicode-aware equality)
/// was a large share of extraction time. ASCII words go through an open-addressing table over
/// their bytes: an ASCII string is canonically equivalent only to itself, so byte equality there
/// is exactly `String` equality. Other words take the `String` dictionary, keeping its semantics.
struct WordTable<Value: Sendable>: Sendable {
    /// Entry index per slot, or -1; the count is a power of two at least twice the entries.
    private let slots: [Int32]
    /// Each entry's bytes are `keyBytes[keyStarts[i] ..< keyStarts[i + 1]]`.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int32]
    private let values: [Value]
    /// Every word, for the exact path of non-ASCII lookups.
    private let byString: [String: Int32]

    /// A table holding `entries`.
    init(_ entries: [String: Value]) {
        var capacity = 8
        while capacity < entries.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var keyBytes: [UInt8] = []
        var keyStarts: [Int32] = [0]
        var values: [Value] = []
        var byString: [String: Int32] = [:]
        // Sorted, so that entry indices do not depend on the dictionary's per-process order.
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) {
            let entry = Int32(values.count)
            values.append(value)
            byString[word] = entry
            keyBytes += word.utf8
            keyStarts.append(Int32(keyBytes.count))
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            var slot = Int(word.utf8.reduce(Self.hashSeed, Self.hash)) & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = entry
        }
        self.slots = slots
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.values = values
        self.byString = byString
    }

    /// The number of entries.
    var count: Int { values.count }

    /// The entry index of `word` (`0 ..< count`), if the table holds it.
    func index(of word: UnsafeBufferPointer<UInt8>) -> Int? {
        var hash = Self.hashSeed
        var isASCII = true
        for byte in word {
            hash = Self.hash(hash, byte)
            if byte >= 0x80 { isASCII = false }
        }
        guard isASCII else { return byString[String(decoding: word, as: UTF8.self)].map(Int.init) }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            let start = Int(keyStarts[entry])
            if Int(keyStarts[entry + 1]) - start == word.count
                && keyBytes.withUnsafeBufferPointer({ keys in word.indices.allSatisfy { keys[start + $0] == word[$0] } })
            {
                return entry
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of entry `index`.
    func value(at index: Int) -> Value { values[index] }

    /// The value of `word`, if the table holds it.
    subscript(word: UnsafeBufferPointer<UInt8>) -> Value? {
        index(of: word).map { values[$0] }
    }

    // FNV-1a, 32 bits: short words, few collisions, one multiply per byte.
    private static var hashSeed: UInt32 { 0x811C_9DC5 }

    @inline(__always)
    private static func hash(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
        (hash ^ UInt32(byte)) &* 0x0100_0193
    }
}

extension WordTable where Value == Bool {
    /// A table holding `words` (each with the value `true`).
    init(words: some Sequence<String>) {
        self.init(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Whether the table holds `word`.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool { index(of: word) != nil }
}
