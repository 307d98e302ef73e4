/// The numbers duplicate detection decides by.
///
/// Calibrated with `Scripts/calibrate-dedup.py` (a Python mirror of ``ContentFingerprint``) on
/// the main-content texts of the WCXB development set (1,497 pages; 1,475 with 16 shingles or
/// more, so 1,087,075 pairs of different pages), and on 300 of those texts with synthetic edits.
enum DeduplicationHeuristics {
    /// Words per shingle for the SimHash. Three-word shingles keep word order (a reshuffled page
    /// is not a copy) and keep unrelated pages apart: the closest pair of different dev pages
    /// (two shop listings) is 10 bits apart with 3-word shingles, 8 with 2-word shingles, whose
    /// common pairs ("of the") pull unrelated texts together.
    static let shingleWords = 3

    /// Largest Hamming distance between two 64-bit SimHashes for near-duplicates.
    ///
    /// On the dev texts, the share of edited copies within 3 / 6 bits: one word changed 89 % /
    /// 99 %; five words changed 56 % / 88 %; a date line added 78 % / 97 %; the last tenth cut
    /// 14 % / 57 %. Different pages: one pair within 6 bits, at 4 — two variants of the same
    /// product page, a true near-copy — and the next at 10. So 6 leaves 4 bits of margin on the
    /// dev set while catching most small edits; 3 (Manku, Jain and Das Sarma, WWW 2007, for
    /// whole pages of thousands of shingles) misses too many on article-length texts. Matches
    /// report their distance, so a stricter cut can be applied afterwards.
    static let nearDuplicateDistance = 6

    /// Fewest shingles a text needs for near-duplicate matching; shorter texts are matched only
    /// exactly. With few shingles one changed word moves a large share of them, and unrelated
    /// short texts (a cookie notice, "Page not found") agree by chance.
    static let nearDuplicateMinimumShingles = 16

    /// Documents the duplicate index remembers by default; past it, the oldest are forgotten
    /// first, so a copy is found when its original was among the last this many distinct
    /// documents. About 140 bytes each at distance 6 (7 bands): 2^18 documents take some 37 MB.
    static let indexCapacity = 1 << 18
}
