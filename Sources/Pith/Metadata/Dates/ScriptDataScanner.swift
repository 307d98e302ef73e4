/// Finds date keys in script text without parsing it: `"publishDate": "2022-12-24"`, with the
/// key from ``MetadataVocabulary/scriptDateKeys`` and a string value.
///
/// Scripts are JavaScript as often as JSON, so this looks only at a quoted key, a colon and a
/// quoted value, and skips everything else byte by byte.
enum ScriptDataScanner {
    /// The next key and value at or after `position` (which it advances past them); `nil` at the end.
    ///
    /// - Complexity: O(n) in the bytes scanned.
    static func nextKeyValue(in bytes: UnsafeBufferPointer<UInt8>, from position: inout Int) -> (String, String)? {
        while position < bytes.count {
            let quote = bytes[position]
            position += 1
            guard quote == UInt8(ascii: "\""), position < bytes.count, let first = keyStarts[Int(bytes[position])] else { continue }
            for keyIndex in first {
                let key = keys[keyIndex]
                let end = position + key.count
                guard end < bytes.count, bytes[end] == UInt8(ascii: "\""),
                    zip(key.indices, key).allSatisfy({ bytes[position + $0] == $1 })
                else { continue }
                var cursor = end + 1
                while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else { continue }
                cursor += 1
                while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { continue }
                let valueStart = cursor + 1
                var valueEnd = valueStart
                while valueEnd < bytes.count, valueEnd - valueStart < maximumValueLength, bytes[valueEnd] != UInt8(ascii: "\"") {
                    valueEnd += 1
                }
                position = valueEnd
                guard valueEnd < bytes.count, bytes[valueEnd] == UInt8(ascii: "\"") else { break }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                return (MetadataVocabulary.scriptDateKeys[keyIndex], value)
            }
        }
        return nil
    }

    /// A date value is short; a longer string after a date key is something else.
    private static let maximumValueLength = 40

    private static let keys = MetadataVocabulary.scriptDateKeys.map { Array($0.utf8) }

    /// First byte → indices of the keys starting with it.
    private static let keyStarts: [[Int]?] = {
        var table = [[Int]?](repeating: nil, count: 256)
        for (index, key) in keys.enumerated() { table[Int(key[0])] = (table[Int(key[0])] ?? []) + [index] }
        return table
    }()
}
