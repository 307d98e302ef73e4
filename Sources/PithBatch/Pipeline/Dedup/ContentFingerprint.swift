/// What duplicate detection knows of a document's extracted text: a content hash for exact
/// copies and a SimHash over word shingles for near copies.
///
/// Words are maximal runs of ASCII letters and digits and of non-ASCII bytes (so letters of any
/// script count, and so does non-ASCII punctuation), compared with ASCII case folded. Each run of
/// ``DeduplicationHeuristics/shingleWords`` consecutive words is one shingle; the SimHash
/// (Charikar 2002) sets each of its 64 bits to the majority vote of that bit over the shingles'
/// hashes, so similar shingle sets give hashes that differ in few bits.
public struct ContentFingerprint: Sendable, Hashable {
    /// A 64-bit hash of the text's UTF-8 bytes.
    public var contentHash: UInt64

    /// The 64-bit SimHash of the text's word shingles.
    public var simHash: UInt64

    /// The number of shingles hashed (words − shingle size + 1; 1 for shorter texts with a word).
    public var shingleCount: Int

    /// Makes a fingerprint from its parts.
    public init(contentHash: UInt64, simHash: UInt64, shingleCount: Int) {
        self.contentHash = contentHash
        self.simHash = simHash
        self.shingleCount = shingleCount
    }

    /// Fingerprints `text`; `nil` when it is empty, since empty texts are not copies of each other.
    ///
    /// - Complexity: O(n) in the text's UTF-8 length, plus 64 additions per shingle.
    public init?(text: String) {
        var text = text
        guard !text.isEmpty else { return nil }
        self = text.withUTF8 { Self(utf8: $0) }
    }

    /// Fingerprints non-empty UTF-8 bytes.
    private init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var content = Hash64.offsetBasis
        var votes = [Int32](repeating: 0, count: 64)
        var window = [UInt64](repeating: 0, count: DeduplicationHeuristics.shingleWords)
        var words = 0
        var word = Hash64.offsetBasis
        var inWord = false

        func endWord() {
            window[words % window.count] = Hash64.finalized(word)
            words += 1
            if words >= window.count { Self.vote(Self.shingleHash(window, newest: words - 1), into: &votes) }
            word = Hash64.offsetBasis
            inWord = false
        }

        for byte in bytes {
            content = Hash64.adding(byte, to: content)
            if Self.isWordByte(byte) {
                word = Hash64.adding(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte, to: word)
                inWord = true
            } else if inWord {
                endWord()
            }
        }
        if inWord { endWord() }
        var shingles = max(0, words - window.count + 1)
        if shingles == 0 && words > 0 {
            // Too few words for one full shingle: the words there are make one.
            Self.vote(Self.shingleHash(window, newest: words - 1), into: &votes)
            shingles = 1
        }
        var simHash: UInt64 = 0
        for bit in 0..<64 where votes[bit] > 0 { simHash |= 1 << UInt64(bit) }
        self.init(contentHash: Hash64.finalized(content), simHash: simHash, shingleCount: shingles)
    }

    /// The hash of the shingle ending at word `newest`, order-sensitive (each position rotated).
    private static func shingleHash(_ window: [UInt64], newest: Int) -> UInt64 {
        var hash: UInt64 = 0
        let size = window.count
        for age in 0..<min(size, newest + 1) {
            let value = window[(newest - age) % size]
            let rotation = UInt64(age * 21 % 64)
            hash ^= rotation == 0 ? value : (value << rotation) | (value >> (64 - rotation))
        }
        return Hash64.finalized(hash)
    }

    /// Adds one shingle's vote to each bit's tally.
    @inline(__always)
    private static func vote(_ hash: UInt64, into votes: inout [Int32]) {
        for bit in 0..<64 { votes[bit] += (hash >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
    }

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), 0x80...0xFF: true
        default: false
        }
    }

    /// Bits in which two SimHashes differ.
    @inline(__always)
    public static func distance(_ left: UInt64, _ right: UInt64) -> Int { (left ^ right).nonzeroBitCount }
}
