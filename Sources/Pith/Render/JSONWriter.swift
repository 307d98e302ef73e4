/// A minimal JSON writer: objects with string, number, boolean, null and array values, keys in
/// insertion order. Escapes per RFC 8259 (control characters as `\u00XX`).
public struct JSONWriter: Sendable {
    private var output = ""
    private var needsComma: [Bool] = []

    public init() {}

    /// The JSON text written so far.
    public var json: String { output }

    public mutating func beginObject() {
        separate()
        output += "{"
        needsComma.append(false)
    }

    public mutating func endObject() {
        output += "}"
        needsComma.removeLast()
    }

    public mutating func beginArray() {
        separate()
        output += "["
        needsComma.append(false)
    }

    public mutating func endArray() {
        output += "]"
        needsComma.removeLast()
    }

    /// Writes a key inside an object; the next value belongs to it.
    public mutating func key(_ name: String) {
        separate()
        Self.appendQuoted(name, to: &output)
        output += ":"
        afterKey = true
    }

    /// Set between a key and its value, which takes no comma.
    private var afterKey = false

    public mutating func string(_ value: String?) {
        separate()
        if let value { Self.appendQuoted(value, to: &output) } else { output += "null" }
    }

    public mutating func number(_ value: Double) {
        separate()
        output += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null"
    }

    /// Writes a `Float` in its shortest round-trip spelling.
    public mutating func number(_ value: Float) {
        separate()
        output += value.isFinite ? (value == value.rounded() && abs(value) < 1e7 ? String(Int(value)) : String(value)) : "null"
    }

    public mutating func bool(_ value: Bool) {
        separate()
        output += value ? "true" : "false"
    }

    public mutating func strings(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    /// Inserts already-encoded JSON as a value.
    public mutating func raw(_ json: String) {
        separate()
        output += json
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if let last = needsComma.last {
            if last { output += "," }
            needsComma[needsComma.count - 1] = true
        }
    }

    /// `value` as a JSON string literal.
    public static func quoted(_ value: String) -> String {
        var result = ""
        appendQuoted(value, to: &result)
        return result
    }

    private static func appendQuoted(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
