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
            if any(hits) { break }
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

    /// How many bytes of `buffer` equal `byte`.
    static func count(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let target = SIMD16<UInt8>(repeating: byte)
        var total = 0
        var index = 0
        while index + 16 <= buffer.count {
            // SAFETY: `index + 16 <= buffer.count`.
            let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let ones = SIMD16<UInt8>(repeating: 1).replacing(with: 0, where: chunk .!= target)
            total += Int(ones.wrappedSum())
            index += 16
        }
        while index < buffer.count {
            // SAFETY: `index < buffer.count`.
            if base[index] == byte { total += 1 }
            index += 1
        }
        return total
    }
}
