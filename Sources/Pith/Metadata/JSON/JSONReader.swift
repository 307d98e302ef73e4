internal import PithHTML

/// Reads JSON as pages write it into `<script type="application/ld+json">`: leniently.
///
/// Pages ship JSON that a strict parser rejects, and the metadata in it is still good. This reader
/// never fails; it keeps whatever it can make sense of:
///
/// - trailing and missing commas, `//` and `/* */` comments, `<!--`, `-->` and CDATA wrappers;
/// - raw control characters (line breaks) inside strings, unknown escapes (`\'` → `'`);
/// - quotes inside strings that are not followed by `,` `:` `}` `]` `"` or a line break
///   (`"He said "hi" today"`);
/// - single-quoted strings, unquoted keys, `undefined` and `NaN`;
/// - several top-level values (`{…}{…}` or `{…},{…}`), each a root of the tree;
/// - HTML character references in strings (`&quot;`, `&#8217;`), and whole scripts escaped as
///   `{&quot;@context&quot;: …}`;
/// - truncated text (open containers are closed at the end).
///
/// It is a loop over bytes with an explicit stack of open containers: no recursion, and containers
/// deeper than ``Limits/maximumDepth`` are skipped, not followed.
package enum JSONReader {
    /// Bounds on the work one text may cause.
    package struct Limits: Sendable {
        /// Containers nested deeper than this are skipped with their contents. JSON-LD for a page
        /// nests about 6 deep (graph → article → author → image → …); 64 leaves room for odd
        /// generators and bounds the explicit stack.
        package var maximumDepth = 64
        /// The reader stops adding values after this many nodes. A long news page's JSON-LD is a
        /// few hundred nodes; product catalogues reach a few thousand.
        package var maximumNodes = 50_000

        package init() {}
    }

    /// Reads the JSON values of `text` into `tree`, each top-level value becoming a root.
    ///
    /// - Complexity: O(n) in the text length.
    package static func read(_ text: UnsafeBufferPointer<UInt8>, into tree: inout JSONTree, limits: Limits = Limits()) {
        if isEntityEscaped(text) {
            let decoded = CharacterReferenceDecoder.decode(text)
            decoded.withUnsafeBufferPointer { readDecoded($0, into: &tree, limits: limits) }
        } else {
            readDecoded(text, into: &tree, limits: limits)
        }
    }

    /// Reads a JSON text given as a string.
    package static func read(_ text: String, into tree: inout JSONTree, limits: Limits = Limits()) {
        var text = text
        text.withUTF8 { read($0, into: &tree, limits: limits) }
    }

    private static func readDecoded(_ bytes: UnsafeBufferPointer<UInt8>, into tree: inout JSONTree, limits: Limits) {
        var open: [JSONTree.NodeID] = []
        var pendingKey: String?
        // Containers opened beyond the depth limit whose contents are being skipped.
        var skipped = 0
        var position = 0
        let count = bytes.count

        /// Whether the next string or word is a key: inside an object, with no key waiting.
        func expectsKey() -> Bool {
            guard let container = open.last else { return false }
            return tree.kind(of: container) == .object && pendingKey == nil
        }

        func appendValue(_ kind: JSONTree.Kind, value: Int32 = -1) -> JSONTree.NodeID {
            let node = tree.append(kind, parent: open.last, key: pendingKey, value: value)
            pendingKey = nil
            return node
        }

        while position < count && tree.nodeCount < limits.maximumNodes {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), 0x0C,
                UInt8(ascii: ","), UInt8(ascii: ":"):
                // A comma or colon only separates; the tree shape comes from brackets and keys.
                if byte == UInt8(ascii: ",") { pendingKey = nil }
                position += 1
            case UInt8(ascii: "/"):
                position = skipComment(bytes, at: position)
            case UInt8(ascii: "<"):
                position += wrapperLength(bytes, at: position, wrappers: openingWrappers)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                position += 1
                if skipped > 0 || open.count >= limits.maximumDepth {
                    skipped += 1
                    continue
                }
                open.append(appendValue(byte == UInt8(ascii: "{") ? .object : .array))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let wrapper = byte == UInt8(ascii: "]") ? wrapperLength(bytes, at: position, wrappers: closingWrappers) : 1
                if wrapper > 1 {
                    position += wrapper
                    continue
                }
                position += 1
                if skipped > 0 {
                    skipped -= 1
                } else if !open.isEmpty {
                    open.removeLast()
                }
                pendingKey = nil
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let (text, end) = readString(bytes, at: position)
                position = end
                guard skipped == 0, !open.isEmpty else { continue }
                if expectsKey() {
                    pendingKey = text
                } else {
                    _ = appendValue(.string, value: tree.intern(text))
                }
            case UInt8(ascii: "-") where position + 2 < count && bytes[position + 1] == UInt8(ascii: "-")
                && bytes[position + 2] == UInt8(ascii: ">"):
                position += 3
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
                let start = position
                while position < count, isNumberByte(bytes[position]) { position += 1 }
                guard skipped == 0, !open.isEmpty else { continue }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                if expectsKey() {
                    pendingKey = text
                } else {
                    _ = appendValue(.number, value: tree.intern(text))
                }
            default:
                guard isWordByte(byte) else {
                    position += 1
                    continue
                }
                let start = position
                while position < count, isWordByte(bytes[position]) { position += 1 }
                guard skipped == 0, !open.isEmpty else { continue }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                if expectsKey() {
                    pendingKey = word
                    continue
                }
                switch word {
                case "true": _ = appendValue(.bool, value: 1)
                case "false": _ = appendValue(.bool, value: 0)
                case "null", "undefined", "NaN", "Infinity": _ = appendValue(.null)
                default: _ = appendValue(.string, value: tree.intern(word))
                }
            }
        }
    }

    // MARK: - Strings

    /// Reads the string whose opening quote is at `start`; returns its text and the position after it.
    private static func readString(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int) {
        let quote = bytes[start]
        var output: [UInt8] = []
        var position = start + 1
        var hasReference = false
        let count = bytes.count
        while position < count {
            // Copy the run of ordinary bytes at once.
            let runStart = position
            while position < count, bytes[position] != quote, bytes[position] != UInt8(ascii: "\\") {
                if bytes[position] == UInt8(ascii: "&") { hasReference = true }
                position += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            guard position < count else { break }
            if bytes[position] == quote {
                if closesString(bytes, quoteAt: position) {
                    position += 1
                    break
                }
                output.append(quote)
                position += 1
                continue
            }
            // A backslash.
            position += 1
            guard position < count else { break }
            let escaped = bytes[position]
            position += 1
            switch escaped {
            case UInt8(ascii: "n"): output.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): output.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "r"): output.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "b"), UInt8(ascii: "f"): output.append(UInt8(ascii: " "))
            case UInt8(ascii: "u"):
                let (scalar, used) = unicodeEscape(bytes, at: position)
                UTF8.encode(scalar) { output.append($0) }
                position += used
            default: output.append(escaped)
            }
        }
        var text = String(decoding: output, as: UTF8.self)
        if hasReference { text = CharacterReferenceDecoder.decode(text) }
        return (text, position)
    }

    /// Whether the quote at `position` ends the string: what follows it is a separator, a closing
    /// bracket, the end, or a line break (a missing comma between lines).
    private static func closesString(_ bytes: UnsafeBufferPointer<UInt8>, quoteAt position: Int) -> Bool {
        var next = position + 1
        while next < bytes.count {
            switch bytes[next] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"): next += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "}"),
                UInt8(ascii: "]"), UInt8(ascii: "/"), UInt8(ascii: "\""):
                // A quote right after is the next string with its comma missing.
                return true
            default: return false
            }
        }
        return true
    }

    /// The scalar of `\uXXXX` (digits at `start`), joining a surrogate pair; and the bytes used.
    private static func unicodeEscape(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int) {
        guard let high = hexQuad(bytes, at: start) else { return ("u", 0) }
        if (0xD800..<0xDC00).contains(high), start + 10 <= bytes.count, bytes[start + 4] == UInt8(ascii: "\\"),
            bytes[start + 5] == UInt8(ascii: "u"), let low = hexQuad(bytes, at: start + 6), (0xDC00..<0xE000).contains(low)
        {
            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            return (Unicode.Scalar(combined) ?? "\u{FFFD}", 10)
        }
        return (Unicode.Scalar(high) ?? "\u{FFFD}", 4)
    }

    private static func hexQuad(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[start + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: - Bytes

    /// `<!--` and `<![CDATA[`, which pages put around script contents.
    private static let openingWrappers: [[UInt8]] = [Array("<![CDATA[".utf8), Array("<!--".utf8)]
    /// `]]>`, the end of a CDATA wrapper.
    private static let closingWrappers: [[UInt8]] = [Array("]]>".utf8)]

    /// The length of the wrapper at `position`, or 1 to step over an unrecognised byte.
    private static func wrapperLength(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int, wrappers: [[UInt8]]) -> Int {
        for wrapper in wrappers where position + wrapper.count <= bytes.count {
            if zip(wrapper.indices, wrapper).allSatisfy({ bytes[position + $0] == $1 }) { return wrapper.count }
        }
        return 1
    }

    /// The position after the comment at `position`, or after the lone `/`.
    private static func skipComment(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int {
        guard position + 1 < bytes.count else { return position + 1 }
        var next = position + 2
        if bytes[position + 1] == UInt8(ascii: "/") {
            while next < bytes.count, bytes[next] != UInt8(ascii: "\n") { next += 1 }
            return next
        }
        if bytes[position + 1] == UInt8(ascii: "*") {
            while next + 1 < bytes.count, !(bytes[next] == UInt8(ascii: "*") && bytes[next + 1] == UInt8(ascii: "/")) {
                next += 1
            }
            return min(next + 2, bytes.count)
        }
        return position + 1
    }

    /// Whether the text is JSON escaped as HTML (`{&quot;@context&quot;: …}`): it has `&quot;` and
    /// no literal double quote.
    private static func isEntityEscaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.contains(UInt8(ascii: "\"")) else { return false }
        let pattern = Array("&quot;".utf8)
        var position = 0
        while position + pattern.count <= bytes.count {
            if bytes[position] == UInt8(ascii: "&"), zip(pattern.indices, pattern).allSatisfy({ bytes[position + $0] == $1 }) {
                return true
            }
            position += 1
        }
        return false
    }

    @inline(__always)
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default: return false
        }
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "$"), UInt8(ascii: "@"):
            return true
        default: return false
        }
    }
}
