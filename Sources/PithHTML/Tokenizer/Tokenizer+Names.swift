/// Tag and attribute names: scanned as runs of the input, looked up by ``NameKey`` where they lie
/// (see the tag name state in `Tokenizer+Tag.swift`).
extension Tokenizer {
    /// Advances `position` over a name, to the first byte in `stops` (see ``NameStops``) or the end
    /// of the input, and tells whether the name has an ASCII upper-case letter. A name that ends
    /// within sixteen bytes (nearly all) is measured in one SIMD step, with no branch per byte.
    @inline(__always)
    mutating func scanName(stops: UInt64) -> Bool {
        if let (length, hasUpper) = ByteScan.shortName(in: input, from: position, isAttribute: stops != NameStops.tagName) {
            position += length
            return hasUpper
        }
        var upperCaseLetters = 0
        while position < input.count {
            let byte = input[position]
            if NameStops.contains(stops, byte) { break }
            upperCaseLetters &+= ASCII.isUpperAlpha(byte) ? 1 : 0
            position += 1
        }
        return upperCaseLetters != 0
    }

    /// The atom of the name `input[start..<end]`, lowercased.
    @inline(__always)
    mutating func internName(from start: Int, to end: Int, hasUpper: Bool) -> LocalName {
        let length = end - start
        var prefix = ByteScan.prefixWord(input, from: start, count: length)
        if hasUpper {
            prefix = ByteScan.lowercased(prefix)
            if length > NameKey.prefixLength {
                // The bytes past the prefix word take part in the lookup: lowercase them first.
                bufferLowercased(from: start, to: end)
                let spelling = UnsafeBufferPointer(nameBuffer.elements)
                return names.intern(NameKey(prefix: prefix, length: length, spelling: spelling), spelling: spelling)
            }
        }
        // A name of at most eight bytes is spelled by its prefix word; a longer one is read from the
        // input, which is lowercase already.
        let spelling = UnsafeBufferPointer(rebasing: input[start..<end])
        return names.intern(NameKey(prefix: prefix, length: length, spelling: spelling), spelling: spelling)
    }

    /// Puts `input[start..<end]`, lowercased, into the emptied `nameBuffer`.
    mutating func bufferLowercased(from start: Int, to end: Int) {
        nameBuffer.removeAll()
        for index in start..<end { nameBuffer.append(ASCII.lowercased(input[index])) }
    }

    mutating func appendReplacementCharacterToName() {
        ASCII.replacementCharacter.withUnsafeBufferPointer { nameBuffer.append(contentsOf: $0) }
    }
}

/// The bytes that end a run in the tag name, attribute name and unquoted attribute value states.
///
/// Every such byte but the grave accent is below 64, so a set is one 64-bit mask with a bit per
/// byte value, and a membership test is a compare, a shift and a mask.
enum NameStops {
    /// U+0000, tab, line feed, form feed, space, `/`, `>`.
    static var tagName: UInt64 {
        @inline(__always) get { 1 << 0x00 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x20 | 1 << 0x2F | 1 << 0x3E }
    }

    /// The tag name's, plus `=` and the parse errors `"`, `'`, `<`.
    static var attributeName: UInt64 {
        @inline(__always) get { tagName | 1 << 0x3D | 1 << 0x22 | 1 << 0x27 | 1 << 0x3C }
    }

    /// U+0000, whitespace, `&`, `>`, and the parse errors `"`, `'`, `<`, `=` (the grave accent,
    /// 0x60, is tested apart).
    static var unquotedValue: UInt64 {
        @inline(__always) get {
            1 << 0x00 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0C | 1 << 0x20 | 1 << 0x26 | 1 << 0x3E
                | 1 << 0x22 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3D
        }
    }

    @inline(__always)
    static func contains(_ set: UInt64, _ byte: UInt8) -> Bool {
        byte < 64 && (set >> UInt64(byte)) & 1 != 0
    }

    @inline(__always)
    static func endsUnquotedRun(_ byte: UInt8) -> Bool {
        contains(unquotedValue, byte) || byte == ASCII.graveAccent
    }
}
