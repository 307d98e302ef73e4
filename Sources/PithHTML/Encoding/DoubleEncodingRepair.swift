#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Undoes double encoding: UTF-8 text that a publishing system once decoded as windows-1252 (or
/// Latin-1) and encoded to UTF-8 again, so that the page says "Earthâ€™s" for "Earth’s", "cafÃ©"
/// for "café" and "Â " for a no-break space.
///
/// Such a character is a run of characters: a windows-1252 reading of a UTF-8 lead byte (U+00C2
/// "Â" to U+00F4 "ô") followed by one to three readings of continuation bytes (0x80–0xBF: U+0080 to
/// U+00BF, or the windows-1252 punctuation in 0x80–0x9F such as "€" and "™"). A run is repaired
/// when those bytes form one UTF-8 character that is not a control.
///
/// A few such runs are real text ("JOSÉ»" reads as U+027B), so a document is repaired only when
/// it holds at least ``minimumTelltales`` runs led by "Â", "Ã" or "â": no language writes those
/// letters before a symbol or C1 control, and they are the double encodings of the no-break
/// space, of the accented Latin letters and of typographic punctuation, so every double-encoded
/// page of any length has them.
enum DoubleEncodingRepair {
    /// Runs led by "Â", "Ã" or "â" a document needs before it is repaired.
    static let minimumTelltales = 3

    /// Repairs `utf8` in place.
    ///
    /// - Returns: how many characters were repaired (0 when the document is left alone).
    /// - Complexity: O(n); a document without the byte 0xC3 (the first byte of every lead
    ///   character) is only searched for it.
    static func repair(_ utf8: inout [UInt8]) -> Int {
        let telltales = utf8.withUnsafeBufferPointer { bytes in
            var count = 0
            var index = 0
            while count < minimumTelltales, let lead = nextLead(in: bytes, from: index) {
                // Â, Ã and â are C3 82, C3 83 and C3 A2: test that before reading the run, so that
                // the accented letters of a correct page (é, ü, ç) cost one comparison each.
                if lead + 1 < bytes.count, isTelltaleLetter(bytes[lead + 1]), run(in: bytes, at: lead) != nil { count += 1 }
                index = lead + 2
            }
            return count
        }
        guard telltales >= minimumTelltales else { return 0 }
        var repaired = 0
        let length = utf8.withUnsafeMutableBufferPointer { bytes in
            // Runs are longer than the characters they stand for: writing never overtakes reading.
            var write = 0
            var read = 0
            while read < bytes.count {
                let lead = nextLead(in: UnsafeBufferPointer(bytes), from: read) ?? bytes.count
                while read < lead {
                    bytes[write] = bytes[read]
                    write += 1
                    read += 1
                }
                guard read < bytes.count else { break }
                if let run = run(in: UnsafeBufferPointer(bytes), at: read) {
                    for byte in run.character {
                        bytes[write] = byte
                        write += 1
                    }
                    read += run.length
                    repaired += 1
                } else {
                    bytes[write] = bytes[read]
                    write += 1
                    read += 1
                }
            }
            return write
        }
        utf8.removeSubrange(length...)
        return repaired
    }

    /// Whether C3 followed by `byte` is "Â", "Ã" or "â", the letters that lead telltale runs.
    private static func isTelltaleLetter(_ byte: UInt8) -> Bool {
        byte == 0x82 || byte == 0x83 || byte == 0xA2
    }

    /// The index of the next byte 0xC3 at or after `start`.
    private static func nextLead(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        // SAFETY: memchr reads the `bytes.count - start` bytes from `start`, all inside the buffer.
        guard let found = memchr(base + start, 0xC3, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The double-encoded character starting at `start` (which holds 0xC3): the character's UTF-8
    /// and the length of the run that stands for it.
    private static func run(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (character: [UInt8], length: Int)? {
        guard start + 1 < bytes.count, (0x82...0xB4).contains(bytes[start + 1]) else { return nil }
        // U+00C0 + n is written C3 80+n and stands for the byte C0+n.
        let lead = bytes[start + 1] &+ 0x40
        let continuations = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        // "CAFÉ»", "JOSÉ”": a capital after a capital is a word in capitals, not a lead. "Â" and
        // "Ã" (no language writes them before a symbol) and the three- and four-byte runs (two or
        // three symbols in a row) need no such care.
        if continuations == 1, lead > 0xC3, followsCapital(bytes, start) { return nil }
        var character = [lead]
        var index = start + 2
        for _ in 0..<continuations {
            guard let (byte, width) = continuationByte(in: bytes, at: index) else { return nil }
            character.append(byte)
            index += width
        }
        // The second byte's range, as UTF-8 requires (no overlong forms, no surrogates, nothing
        // past U+10FFFF); the result is no C1 control.
        let second = character[1]
        switch lead {
        case 0xC2: guard second >= 0xA0 else { return nil }
        case 0xE0: guard second >= 0xA0 else { return nil }
        case 0xED: guard second < 0xA0 else { return nil }
        case 0xF0: guard second >= 0x90 else { return nil }
        case 0xF4: guard second < 0x90 else { return nil }
        default: break
        }
        return (character, index - start)
    }

    /// Whether the character before `index` is a capital letter of ASCII or Latin-1.
    private static func followsCapital(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if index >= 1, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index - 1]) { return true }
        // À–Þ but ×, written C3 80–C3 9E.
        return index >= 2 && bytes[index - 2] == 0xC3 && (0x80...0x9E).contains(bytes[index - 1]) && bytes[index - 1] != 0x97
    }

    /// The continuation byte (0x80–0xBF) whose windows-1252 or Latin-1 reading is the UTF-8
    /// character at `index`, and that character's width.
    private static func continuationByte(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt8, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let first = bytes[index]
        // U+0080–U+00BF, written C2 80–C2 BF: Latin-1's reading (and windows-1252's from 0xA0).
        if first == 0xC2, (0x80...0xBF).contains(bytes[index + 1]) { return (bytes[index + 1], 2) }
        guard first >= 0xC5 else { return nil }
        let width = first >= 0xE0 ? 3 : 2
        guard index + width <= bytes.count else { return nil }
        var key: UInt32 = 0
        for offset in 0..<width { key = key << 8 | UInt32(bytes[index + offset]) }
        guard let byte = windows1252Punctuation[key] else { return nil }
        return (byte, width)
    }

    /// The UTF-8 (as one big-endian number) of windows-1252's characters for the bytes 0x80–0x9F
    /// that are not C1 controls ("€" is E2 82 AC, for the byte 0x80), from the system's converter.
    private static let windows1252Punctuation: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        guard let decoder = SingleByteDecoder(.windows1252) else { return table }
        for byte in UInt8(0x80)...0x9F {
            let character = decoder.decoded(byte)
            guard character.count > 1, character.first != 0xC2 else { continue }
            table[character.reduce(0) { $0 << 8 | UInt32($1) }] = byte
        }
        return table
    }()
}
