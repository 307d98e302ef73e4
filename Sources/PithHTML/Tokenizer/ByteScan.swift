/// Finding the next byte that matters, sixteen bytes at a time (STYLE rule 9: scan runs, not
/// characters). This file holds the tokenizer's unchecked memory reads.
enum ByteScan {
    /// The index of the first byte at or after `start` equal to `a`, `b` or `c`; `buffer.count` if none.
    @inline(__always)
    static func firstIndex(
        in buffer: UnsafeBufferPointer<UInt8>,
        from start: Int,
        of a: UInt8,
        _ b: UInt8,
        _ c: UInt8
    ) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        var index = start
        let end = buffer.count
        let vectorA = SIMD16<UInt8>(repeating: a)
        let vectorB = SIMD16<UInt8>(repeating: b)
        let vectorC = SIMD16<UInt8>(repeating: c)
        while index + 16 <= end {
            // SAFETY: `index + 16 <= end`, so all sixteen bytes lie inside the buffer.
            let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let hits = (chunk .== vectorA) .| (chunk .== vectorB) .| (chunk .== vectorC)
            if let offset = firstHit(hits) { return index + offset }
            index += 16
        }
        while index < end {
            // SAFETY: `index < end`.
            let byte = base[index]
            if byte == a || byte == b || byte == c { return index }
            index += 1
        }
        return end
    }

    /// The index of the first byte at or after `start` equal to `a` or `b`; `buffer.count` if none.
    @inline(__always)
    static func firstIndex(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, of a: UInt8, _ b: UInt8) -> Int {
        firstIndex(in: buffer, from: start, of: a, b, b)
    }

    /// The lane of the first true lane of `hits`, if any. A true lane is a byte of all ones, so the
    /// mask read as two 64-bit words gives the lane by a count of trailing zero bits.
    @inline(__always)
    private static func firstHit(_ hits: SIMDMask<SIMD16<Int8>>) -> Int? {
        let words = unsafeBitCast(hits, to: SIMD2<UInt64>.self)
        if words[0] != 0 { return words[0].trailingZeroBitCount >> 3 }
        if words[1] != 0 { return 8 + words[1].trailingZeroBitCount >> 3 }
        return nil
    }

    /// One pass over the whole input before tokenizing: how many `<` it holds (which sizes the
    /// document) and where its first carriage return is (`buffer.count` if none: then newlines
    /// need no normalizing).
    static func survey(_ buffer: UnsafeBufferPointer<UInt8>) -> (lessThanSigns: Int, firstCarriageReturn: Int) {
        guard let base = buffer.baseAddress else { return (0, 0) }
        let lessThan = SIMD16<UInt8>(repeating: ASCII.lessThan)
        let carriageReturn = SIMD16<UInt8>(repeating: ASCII.carriageReturn)
        /// Pairs of chunks per block: a lane counts at most 254 hits before the lanes are added up.
        let pairsPerBlock = 127
        var total = 0
        var firstCarriageReturn = buffer.count
        var index = 0
        while index + 32 <= buffer.count {
            let blockStart = index
            let pairs = min((buffer.count - index) / 32, pairsPerBlock)
            var counts = SIMD16<UInt8>()
            var sawCarriageReturn = SIMDMask<SIMD16<Int8>>()
            // SAFETY: the block's `pairs` × 32 bytes from `index` lie inside the buffer.
            var pointer = UnsafeRawPointer(base + index)
            for _ in 0..<pairs {
                let first = pointer.loadUnaligned(as: SIMD16<UInt8>.self)
                let second = pointer.loadUnaligned(fromByteOffset: 16, as: SIMD16<UInt8>.self)
                // A true lane is all ones, which is -1: subtracting it counts one.
                counts &-= unsafeBitCast(first .== lessThan, to: SIMD16<UInt8>.self)
                counts &-= unsafeBitCast(second .== lessThan, to: SIMD16<UInt8>.self)
                sawCarriageReturn .|= (first .== carriageReturn) .| (second .== carriageReturn)
                pointer += 32
            }
            index &+= pairs &* 32
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: counts).wrappedSum())
            if firstCarriageReturn == buffer.count && any(sawCarriageReturn) {
                firstCarriageReturn = firstIndex(in: buffer, from: blockStart, of: ASCII.carriageReturn, ASCII.carriageReturn)
            }
        }
        while index < buffer.count {
            // SAFETY: `index < buffer.count`.
            let byte = base[index]
            if byte == ASCII.lessThan { total += 1 }
            if byte == ASCII.carriageReturn && firstCarriageReturn == buffer.count { firstCarriageReturn = index }
            index += 1
        }
        return (total, firstCarriageReturn)
    }

    /// Bytes `start..<start + min(count, 8)` of `buffer` as a little-endian word, zero-padded: the
    /// prefix word of a ``NameKey``.
    @inline(__always)
    static func prefixWord(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> UInt64 {
        let length = min(count, NameKey.prefixLength)
        if let base = buffer.baseAddress, start + 8 <= buffer.count {
            // SAFETY: `start + 8 <= buffer.count`, so the eight bytes lie inside the buffer.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            return length == 8 ? word : word & ((1 &<< UInt64(length &* 8)) &- 1)
        }
        var word: UInt64 = 0
        for offset in 0..<length { word |= UInt64(buffer[start + offset]) << UInt64(offset * 8) }
        return word
    }

    /// `word` with the ASCII upper-case letters among its eight bytes lowered, other bytes
    /// (UTF-8 included) unchanged: the lanes are tested all at once (SIMD within a register).
    @inline(__always)
    static func lowercased(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let heptets = word & (0x7F &* ones)
        // Adding 0x80 - x sets a lane's top bit when the lane is at least x (no lane carries over).
        let atLeastA = heptets &+ (0x80 - 0x41) &* ones
        let atLeastBracket = heptets &+ (0x80 - 0x5B) &* ones
        let isUpper = atLeastA & ~atLeastBracket & ~word & (0x80 &* ones)
        return word | isUpper >> 2
    }

    /// Turns every CR LF pair and lone CR of `buffer` into one LF, in place, from `start` (the
    /// first CR) on, and returns the new length. Bytes move down sixteen at a time between CRs.
    static func normalizeNewlines(in buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let end = buffer.count
        let carriageReturn = SIMD16<UInt8>(repeating: ASCII.carriageReturn)
        var read = start
        var write = start
        while read < end {
            if read + 16 <= end {
                // SAFETY: `read + 16 <= end`; `write <= read`, so the sixteen bytes stored at `write`
                // end by `read + 16`: they overwrite only bytes already read.
                let chunk = UnsafeRawPointer(base + read).loadUnaligned(as: SIMD16<UInt8>.self)
                guard let hit = firstHit(chunk .== carriageReturn) else {
                    UnsafeMutableRawPointer(base + write).storeBytes(of: chunk, as: SIMD16<UInt8>.self)
                    read += 16
                    write += 16
                    continue
                }
                // The run before the CR moves byte by byte (it may overlap its new place).
                for offset in 0..<hit {
                    // SAFETY: `read + offset < read + 16 <= end`, and `write <= read`.
                    base[write + offset] = base[read + offset]
                }
                read += hit
                write += hit
            }
            // SAFETY: `write <= read < end`.
            let byte = base[read]
            read += 1
            if byte == ASCII.carriageReturn {
                base[write] = ASCII.lineFeed
                // SAFETY: checked `read < end` first.
                if read < end && base[read] == ASCII.lineFeed { read += 1 }
            } else {
                base[write] = byte
            }
            write += 1
        }
        return write
    }

    /// The length of the tag name (or, with `isAttribute`, attribute name) at `start` and whether it
    /// has an ASCII upper-case letter, when the sixteen bytes from `start` are in the buffer and hold
    /// the name's end (a byte of ``NameStops/tagName`` or ``NameStops/attributeName``); else `nil`.
    @inline(__always)
    static func shortName(
        in buffer: UnsafeBufferPointer<UInt8>,
        from start: Int,
        isAttribute: Bool
    ) -> (length: Int, hasUpper: Bool)? {
        guard let base = buffer.baseAddress, start + 16 <= buffer.count else { return nil }
        // SAFETY: `start + 16 <= buffer.count`.
        let chunk = UnsafeRawPointer(base + start).loadUnaligned(as: SIMD16<UInt8>.self)
        var stops = hits(chunk, 0x00)
        for stop: UInt8 in [0x09, 0x0A, 0x0C, 0x20, 0x2F, 0x3E] { stops .|= hits(chunk, stop) }
        if isAttribute {
            for stop: UInt8 in [0x3D, 0x22, 0x27, 0x3C] { stops .|= hits(chunk, stop) }
        }
        guard let length = firstHit(stops) else { return nil }
        let letterOffsets: SIMD16<UInt8> = chunk &- SIMD16(repeating: UInt8(ascii: "A"))
        let isUpper: SIMDMask<SIMD16<Int8>> = letterOffsets .< SIMD16(repeating: 26)
        let upper = unsafeBitCast(isUpper, to: SIMD2<UInt64>.self)
        // Only the lanes before the end count.
        let lowLanes: UInt64 = length >= 8 ? ~0 : (1 &<< UInt64(length &* 8)) &- 1
        let highLanes: UInt64 = length <= 8 ? 0 : (1 &<< UInt64((length &- 8) &* 8)) &- 1
        return (length, (upper[0] & lowLanes) | (upper[1] & highLanes) != 0)
    }

    @inline(__always)
    private static func hits(_ chunk: SIMD16<UInt8>, _ byte: UInt8) -> SIMDMask<SIMD16<Int8>> {
        chunk .== SIMD16(repeating: byte)
    }
}
