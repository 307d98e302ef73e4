/// A document found to repeat one seen earlier in the same run.
public struct DuplicateMatch: Sendable, Hashable {
    /// How the copy was recognised.
    public enum Kind: String, Sendable, Hashable {
        /// The extracted text is byte for byte the same (same content hash).
        case exact
        /// The SimHashes of the word shingles differ in at most
        /// ``BatchOptions/nearDuplicateDistance`` of 64 bits (see ``ContentFingerprint``).
        case near
    }

    /// The record number (``BatchRecord/number``) of the document it repeats.
    public var original: Int

    /// Exact or near.
    public var kind: Kind

    /// Bits in which the two SimHashes differ; 0 for exact copies.
    public var distance: Int

    /// Makes a match.
    public init(original: Int, kind: Kind, distance: Int) {
        self.original = original
        self.kind = kind
        self.distance = distance
    }
}
