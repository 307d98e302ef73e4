/// Named header fields in their original order, as in a WARC record header or an HTTP response.
///
/// Names compare ASCII-case-insensitively; values keep their bytes (decoded as UTF-8, with
/// invalid sequences replaced) with surrounding whitespace removed. Folded (continuation) lines
/// are joined to their field with one space.
public struct HeaderFields: Sendable, Hashable, Sequence {
    /// One `name: value` field.
    public struct Field: Sendable, Hashable {
        /// The name as written.
        public var name: String
        /// The value, trimmed.
        public var value: String

        /// Makes a field.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in order.
    public private(set) var fields: [Field] = []

    /// Makes a header from fields.
    public init(_ fields: [Field] = []) { self.fields = fields }

    /// The value of the first field called `name` (any case), or `nil`.
    public subscript(name: String) -> String? {
        fields.first { Self.namesMatch($0.name, name) }?.value
    }

    /// The values of every field called `name` (any case), in order.
    public func values(named name: String) -> [String] {
        fields.filter { Self.namesMatch($0.name, name) }.map(\.value)
    }

    /// Adds a field at the end.
    public mutating func append(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// The number of fields.
    public var count: Int { fields.count }

    /// Iterates over the fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    /// Adds one header line (without its line break): a `name: value` field, or a continuation of
    /// the previous field when it starts with a space or tab.
    ///
    /// - Returns: `false` for a line with no colon, an empty name, or a continuation with nothing
    ///   to continue; the fields are unchanged then.
    mutating func appendLine(_ line: UnsafeRawBufferPointer) -> Bool {
        guard let first = line.first else { return false }
        if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            guard !fields.isEmpty else { return false }
            let more = Self.trimmed(line, from: 0, to: line.count)
            if !more.isEmpty {
                let last = fields.count - 1
                fields[last].value += fields[last].value.isEmpty ? more : " " + more
            }
            return true
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let name = Self.trimmed(line, from: 0, to: colon)
        guard !name.isEmpty else { return false }
        fields.append(Field(name: name, value: Self.trimmed(line, from: colon + 1, to: line.count)))
        return true
    }

    /// `line[from..<to]` without surrounding spaces and tabs, as a string.
    private static func trimmed(_ line: UnsafeRawBufferPointer, from: Int, to: Int) -> String {
        var lower = from
        var upper = to
        while lower < upper, line[lower] == 0x20 || line[lower] == 0x09 { lower += 1 }
        while upper > lower, line[upper - 1] == 0x20 || line[upper - 1] == 0x09 { upper -= 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: line[lower..<upper]), as: UTF8.self)
    }

    /// ASCII case-insensitive equality of two field names.
    static func namesMatch(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        while true {
            switch (leftBytes.next(), rightBytes.next()) {
            case (nil, nil): return true
            case (let l?, let r?) where lowercased(l) == lowercased(r): continue
            default: return false
            }
        }
    }

    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
