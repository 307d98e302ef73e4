/// The documents of a run seen so far, for finding exact and near copies, with bounded memory.
///
/// Exact copies are found by content hash. Near copies are found by SimHash distance at most
/// `maxDistance`: the 64 bits are cut into `maxDistance + 1` bands, and two hashes that close
/// agree on at least one whole band (pigeonhole), so only documents sharing a band value are
/// compared. Each band value has a bucket: a contiguous array of the SimHashes that have it,
/// scanned with one XOR and popcount each.
///
/// The index holds at most `capacity` documents in a ring: when full, the oldest is forgotten.
/// Only originals are stored; a copy refers to the first document of its kind.
struct DuplicateIndex {
    /// Most documents remembered.
    let capacity: Int
    /// Largest SimHash distance for near copies.
    let maxDistance: Int
    /// Fewest shingles for near matching (shorter texts match only exactly).
    let minimumShingles: Int

    /// Bands wider than this many bits are hashed into this many, to bound the bucket count.
    static let maxBucketBits = 16

    /// Where each band's bits sit and where its buckets start.
    private let bands: [(shift: UInt64, width: Int, firstBucket: Int)]
    // Per bucket, in step: the SimHashes in it and their slots.
    private var bucketHashes: [[UInt64]]
    private var bucketSlots: [[UInt32]]

    // One entry per remembered document, as a ring of `capacity` slots.
    private var numbers: [Int] = []
    private var contentHashes: [UInt64] = []
    private var simHashes: [UInt64] = []
    /// Whether the entry is in the buckets (enough shingles).
    private var banded: [Bool] = []
    private var byContentHash: [UInt64: UInt32] = [:]
    /// The slot the next document replaces once the ring is full.
    private var oldest = 0

    /// Makes an empty index.
    ///
    /// - Parameters:
    ///   - capacity: Most documents remembered (1 to `UInt32.max`).
    ///   - maxDistance: Largest SimHash distance for near copies, 0 to 63.
    ///   - minimumShingles: Fewest shingles for near matching.
    init(
        capacity: Int = DeduplicationHeuristics.indexCapacity,
        maxDistance: Int = DeduplicationHeuristics.nearDuplicateDistance,
        minimumShingles: Int = DeduplicationHeuristics.nearDuplicateMinimumShingles
    ) {
        precondition(capacity >= 1 && capacity <= Int(UInt32.max), "index capacity out of range")
        precondition((0..<64).contains(maxDistance), "SimHash distance out of range")
        self.capacity = capacity
        self.maxDistance = maxDistance
        self.minimumShingles = minimumShingles
        let count = maxDistance + 1
        var bands: [(shift: UInt64, width: Int, firstBucket: Int)] = []
        var buckets = 0
        for band in 0..<count {
            let low = band * 64 / count
            let width = (band + 1) * 64 / count - low
            bands.append((UInt64(low), width, buckets))
            buckets += 1 << min(width, Self.maxBucketBits)
        }
        self.bands = bands
        bucketHashes = Array(repeating: [], count: buckets)
        bucketSlots = Array(repeating: [], count: buckets)
    }

    /// The documents remembered now.
    var count: Int { numbers.count }

    /// Looks `fingerprint` up; remembers it as an original when it is not a copy.
    ///
    /// - Parameter number: The document's record number, given back by later matches.
    /// - Returns: The exact match, else the near match with the lowest distance (then the
    ///   earliest original), or `nil`.
    /// - Complexity: O(bands × bucket size); buckets average `count / 2^band width` SimHashes.
    mutating func check(_ fingerprint: ContentFingerprint, number: Int) -> DuplicateMatch? {
        if let slot = byContentHash[fingerprint.contentHash] {
            return DuplicateMatch(original: numbers[Int(slot)], kind: .exact, distance: 0)
        }
        let isBanded = fingerprint.shingleCount >= minimumShingles
        if isBanded, let match = nearest(fingerprint.simHash) { return match }
        remember(fingerprint, number: number, banded: isBanded)
        return nil
    }

    /// The closest banded entry within `maxDistance` of `simHash`.
    private func nearest(_ simHash: UInt64) -> DuplicateMatch? {
        var best: (distance: Int, original: Int)?
        for band in bands.indices {
            let bucket = self.bucket(simHash, band: band)
            for (index, candidate) in bucketHashes[bucket].enumerated() {
                let distance = ContentFingerprint.distance(candidate, simHash)
                guard distance <= maxDistance else { continue }
                let original = numbers[Int(bucketSlots[bucket][index])]
                if best.map({ (distance, original) < ($0.distance, $0.original) }) ?? true {
                    best = (distance, original)
                }
            }
        }
        return best.map { DuplicateMatch(original: $0.original, kind: .near, distance: $0.distance) }
    }

    /// Stores an original, forgetting the oldest when the ring is full.
    private mutating func remember(_ fingerprint: ContentFingerprint, number: Int, banded isBanded: Bool) {
        let slot: Int
        if numbers.count < capacity {
            slot = numbers.count
            numbers.append(number)
            contentHashes.append(fingerprint.contentHash)
            simHashes.append(fingerprint.simHash)
            banded.append(isBanded)
        } else {
            slot = oldest
            oldest = (oldest + 1) % capacity
            forget(slot)
            numbers[slot] = number
            contentHashes[slot] = fingerprint.contentHash
            simHashes[slot] = fingerprint.simHash
            banded[slot] = isBanded
        }
        byContentHash[fingerprint.contentHash] = UInt32(slot)
        guard isBanded else { return }
        for band in bands.indices {
            let bucket = self.bucket(fingerprint.simHash, band: band)
            bucketHashes[bucket].append(fingerprint.simHash)
            bucketSlots[bucket].append(UInt32(slot))
        }
    }

    /// Removes the entry in `slot` from the content-hash table and its buckets.
    private mutating func forget(_ slot: Int) {
        if byContentHash[contentHashes[slot]] == UInt32(slot) { byContentHash[contentHashes[slot]] = nil }
        guard banded[slot] else { return }
        for band in bands.indices {
            let bucket = self.bucket(simHashes[slot], band: band)
            guard let index = bucketSlots[bucket].firstIndex(of: UInt32(slot)) else {
                preconditionFailure("slot \(slot) missing from its bucket")
            }
            bucketHashes[bucket].swapAt(index, bucketHashes[bucket].count - 1)
            bucketHashes[bucket].removeLast()
            bucketSlots[bucket].swapAt(index, bucketSlots[bucket].count - 1)
            bucketSlots[bucket].removeLast()
        }
    }

    /// The bucket of `simHash`'s bits in `band`.
    private func bucket(_ simHash: UInt64, band: Int) -> Int {
        let (shift, width, firstBucket) = bands[band]
        let bits = width == 64 ? simHash : (simHash >> shift) & ((1 << UInt64(width)) - 1)
        guard width > Self.maxBucketBits else { return firstBucket + Int(bits) }
        return firstBucket + Int(truncatingIfNeeded: Hash64.finalized(bits)) & ((1 << Self.maxBucketBits) - 1)
    }
}
