/// FNV-1a over bytes, finalised with MurmurHash3's 64-bit mixer so that every output bit
/// depends on every input bit (FNV alone mixes its low bits poorly, and SimHash votes on all 64).
enum Hash64 {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* prime }

    /// MurmurHash3's `fmix64`.
    @inline(__always)
    static func finalized(_ hash: UInt64) -> UInt64 {
        var value = hash
        value ^= value >> 33
        value &*= 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value &*= 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
