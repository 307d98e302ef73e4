/// Whether the bytes of `needle` occur in `haystack`, compared byte for byte: for ASCII literals
/// on paths where `String.contains` would compare characters one by one.
func containsBytes(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
    let count = needle.utf8CodeUnitCount
    guard haystack.count >= count else { return false }
    let pointer = needle.utf8Start
    outer: for start in 0...(haystack.count - count) {
        for offset in 0..<count where haystack[start + offset] != pointer[offset] { continue outer }
        return true
    }
    return false
}
