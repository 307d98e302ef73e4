/// Whether the bytes of `needle` occur in `haystack`, compared byte for byte: for ASCII literals
/// on paths where `String.contains` would compare characters one by one.
func containsBytes(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
    containsBytes(haystack, UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
}

/// Whether the bytes of `needle` occur in `haystack`.
func containsBytes(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = needle.count
    guard haystack.count >= count else { return false }
    outer: for start in 0...(haystack.count - count) {
        for offset in 0..<count where haystack[start + offset] != needle[offset] { continue outer }
        return true
    }
    return false
}
