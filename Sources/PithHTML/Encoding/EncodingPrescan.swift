#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// HTML 13.2.3.2 "prescan a byte stream to determine its encoding", with its "get an attribute"
/// and "get an XML encoding" algorithms.
///
/// The end condition is the end of the buffer it is given: callers pass the first 1,024 bytes
/// (``EncodingSniffer/prescanLength``), or more for the late-`<meta>` pass.
struct EncodingPrescan {
    /// Thrown when the position passes the end of the bytes: the spec's "abort the prescan".
    private struct OutOfBytes: Error {}

    /// What the `<meta>` steps know about `charset`: null, failure, or an encoding.
    private enum Charset {
        case null
        case failure
        case encoding(CharacterEncoding)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The last attribute that "get an attribute" returned (buffers reused across attributes).
    private var attributeName: [UInt8] = []
    private var attributeValue: [UInt8] = []

    /// Runs the prescan over all of `bytes`.
    ///
    /// - Returns: The declared encoding, or `nil` (the spec's "failure").
    /// - Complexity: O(n) in `bytes.count`, allocation-free after the first attribute.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) -> CharacterEncoding? {
        var prescan = EncodingPrescan(bytes: bytes)
        do {
            return try prescan.scan()
        } catch {
            return xmlEncoding(bytes)
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    @inline(__always)
    private func byte(_ index: Int) throws(OutOfBytes) -> UInt8 {
        guard index < bytes.count else { throw OutOfBytes() }
        return bytes[index]
    }

    /// The position of the next `<` at or after `start`.
    private func nextLessThan(from start: Int) throws(OutOfBytes) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { throw OutOfBytes() }
        // SAFETY: memchr reads the `bytes.count - start` bytes from `start`, all inside the buffer.
        guard let found = memchr(base + start, Int32(ASCII.lessThan), bytes.count - start) else { throw OutOfBytes() }
        return start + (UnsafeRawPointer(found) - UnsafeRawPointer(base + start))
    }

    /// Whether the bytes at `position` start with `prefix`, compared exactly.
    private func hasPrefix(_ prefix: [UInt8], at index: Int) -> Bool {
        guard bytes.count - index >= prefix.count else { return false }
        for offset in 0..<prefix.count where bytes[index + offset] != prefix[offset] { return false }
        return true
    }

    private mutating func scan() throws(OutOfBytes) -> CharacterEncoding {
        // Steps 1–2: fallback encoding is unused by this version of the algorithm; position = 0.
        // Step 3: prescan for UTF-16 XML declarations.
        if hasPrefix([0x3C, 0x00, 0x3F, 0x00, 0x78, 0x00], at: 0) { return .utf16LE }
        if hasPrefix([0x00, 0x3C, 0x00, 0x3F, 0x00, 0x78], at: 0) { return .utf16BE }

        // Step 4 (Loop). Every byte but "<" is "any other byte", so jump to the next "<".
        while true {
            position = try nextLessThan(from: position)
            if let encoding = try atLessThan() { return encoding }
            // Step 5 (Next byte).
            position += 1
        }
    }

    /// Step 4 at a `<`: skips a comment, markup declaration or tag, or processes a `<meta>`.
    /// Leaves `position` on the byte before the next one to examine.
    private mutating func atLessThan() throws(OutOfBytes) -> CharacterEncoding? {
        let start = position
        if hasPrefix(Self.commentOpen, at: start) {
            // The first ">" preceded by "--", which may be the dashes of "<!--".
            position = start + 4
            while try !(byte(position) == ASCII.greaterThan
                && bytes[position - 1] == ASCII.hyphen && bytes[position - 2] == ASCII.hyphen)
            {
                position += 1
            }
            return nil
        }
        if isMetaStart(at: start) {
            position = start + 5
            return try meta()
        }
        let next = try byte(start + 1)
        let letterIndex = next == ASCII.solidus ? start + 2 : start + 1
        if letterIndex < bytes.count, ASCII.isAlpha(bytes[letterIndex]) {
            // A tag: skip its name, then every attribute.
            position = letterIndex
            while true {
                let byte = try byte(position)
                if Self.isSpace(byte) || byte == ASCII.greaterThan { break }
                position += 1
            }
            while try getAttribute() {}
            return nil
        }
        if next == ASCII.exclamationMark || next == ASCII.solidus || next == ASCII.questionMark {
            // The first ">" after the "<".
            position = start + 2
            while try byte(position) != ASCII.greaterThan { position += 1 }
        }
        return nil
    }

    /// `<meta` followed by a space or slash, ASCII case-insensitively.
    private func isMetaStart(at index: Int) -> Bool {
        guard bytes.count - index >= 6 else { return false }
        return ASCII.lowercased(bytes[index + 1]) == UInt8(ascii: "m")
            && ASCII.lowercased(bytes[index + 2]) == UInt8(ascii: "e")
            && ASCII.lowercased(bytes[index + 3]) == UInt8(ascii: "t")
            && ASCII.lowercased(bytes[index + 4]) == UInt8(ascii: "a")
            && (Self.isSpace(bytes[index + 5]) || bytes[index + 5] == ASCII.solidus)
    }

    /// Step 4, the `<meta` branch, from its sub-step 2 on: `position` is on the space or slash.
    private mutating func meta() throws(OutOfBytes) -> CharacterEncoding? {
        // The attribute list matters only for the three names acted on, so three flags stand in for it.
        var seenHTTPEquiv = false
        var seenContent = false
        var seenCharset = false
        var gotPragma = false
        var needPragma: Bool? = nil
        var charset = Charset.null

        // Attributes.
        while try getAttribute() {
            if attributeName == Self.httpEquiv {
                guard !seenHTTPEquiv else { continue }
                seenHTTPEquiv = true
                if attributeValue == Self.contentType { gotPragma = true }
            } else if attributeName == Self.content {
                guard !seenContent else { continue }
                seenContent = true
                let extracted = attributeValue.withUnsafeBufferPointer { CharsetExtraction.fromMetaContent($0) }
                if let extracted, case .null = charset {
                    charset = .encoding(extracted)
                    needPragma = true
                }
            } else if attributeName == Self.charset {
                guard !seenCharset else { continue }
                seenCharset = true
                let encoding = attributeValue.withUnsafeBufferPointer { CharacterEncoding.lookUp(label: $0) }
                charset = encoding.map(Charset.encoding) ?? .failure
                needPragma = false
            }
        }

        // Processing.
        guard let needPragma else { return nil }
        if needPragma && !gotPragma { return nil }
        guard case .encoding(var encoding) = charset else { return nil }
        if encoding.isUTF16 { encoding = .utf8 }
        if encoding == .xUserDefined { encoding = .windows1252 }
        return encoding
    }

    /// "Get an attribute": reads one attribute into `attributeName` and `attributeValue`.
    ///
    /// - Returns: `false` when there isn't one (`position` is then on the `>`).
    private mutating func getAttribute() throws(OutOfBytes) -> Bool {
        // Step 1.
        while true {
            let byte = try byte(position)
            guard Self.isSpace(byte) || byte == ASCII.solidus else { break }
            position += 1
        }
        // Step 2.
        if try byte(position) == ASCII.greaterThan { return false }
        // Step 3.
        attributeName.removeAll(keepingCapacity: true)
        attributeValue.removeAll(keepingCapacity: true)
        // Steps 4–5: the name.
        while true {
            let byte = try byte(position)
            if byte == ASCII.equals && !attributeName.isEmpty {
                position += 1
                return try attributeValueSteps()
            }
            if Self.isSpace(byte) { break }
            if byte == ASCII.solidus || byte == ASCII.greaterThan { return true }
            attributeName.append(ASCII.lowercased(byte))
            position += 1
        }
        // Step 6 (Spaces).
        while try Self.isSpace(byte(position)) { position += 1 }
        // Step 7.
        guard try byte(position) == ASCII.equals else { return true }
        // Step 8.
        position += 1
        return try attributeValueSteps()
    }

    /// "Get an attribute" steps 9–12, from the step labeled value.
    private mutating func attributeValueSteps() throws(OutOfBytes) -> Bool {
        // Step 9 (Value).
        while try Self.isSpace(byte(position)) { position += 1 }
        // Step 10.
        let first = try byte(position)
        if first == ASCII.quotationMark || first == ASCII.apostrophe {
            while true {
                // Quote loop.
                position += 1
                let byte = try byte(position)
                if byte == first {
                    position += 1
                    return true
                }
                attributeValue.append(ASCII.lowercased(byte))
            }
        }
        if first == ASCII.greaterThan { return true }
        attributeValue.append(ASCII.lowercased(first))
        position += 1
        // Steps 11–12.
        while true {
            let byte = try byte(position)
            if Self.isSpace(byte) || byte == ASCII.greaterThan { return true }
            attributeValue.append(ASCII.lowercased(byte))
            position += 1
        }
    }

    /// "Get an XML encoding": the `encoding` of an XML declaration at the very start of `bytes`.
    private static func xmlEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> CharacterEncoding? {
        // Steps 1–2.
        guard bytes.starts(with: xmlDeclarationOpen) else { return nil }
        // Step 3. (The 2022 text never uses xmlDeclarationEnd again: the search for "encoding"
        // below is not bounded by this ">", and neither is it here.)
        guard bytes.contains(ASCII.greaterThan) else { return nil }
        // Steps 4–5.
        var position = xmlDeclarationOpen.count
        let word = encodingWord
        while true {
            guard bytes.count - position >= word.count else { return nil }
            if bytes[position..<(position + word.count)].elementsEqual(word) { break }
            position += 1
        }
        position += word.count
        // Steps 6–8.
        while position < bytes.count, bytes[position] <= ASCII.space { position += 1 }
        guard position < bytes.count, bytes[position] == ASCII.equals else { return nil }
        position += 1
        // Steps 9–12.
        while position < bytes.count, bytes[position] <= ASCII.space { position += 1 }
        guard position < bytes.count else { return nil }
        let quote = bytes[position]
        guard quote == ASCII.quotationMark || quote == ASCII.apostrophe else { return nil }
        position += 1
        // Steps 13–15.
        guard let end = bytes[position...].firstIndex(of: quote) else { return nil }
        let potentialEncoding = UnsafeBufferPointer(rebasing: bytes[position..<end])
        if potentialEncoding.contains(where: { $0 <= ASCII.space }) { return nil }
        // Steps 16–18.
        guard let encoding = CharacterEncoding.lookUp(label: potentialEncoding) else { return nil }
        return encoding.isUTF16 ? .utf8 : encoding
    }

    /// Tab, line feed, form feed, carriage return, space: the prescan runs on raw bytes, so CR counts.
    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.lineFeed || byte == ASCII.tab || byte == ASCII.formFeed
            || byte == ASCII.carriageReturn
    }

    private static let commentOpen: [UInt8] = Array("<!--".utf8)
    private static let xmlDeclarationOpen: [UInt8] = Array("<?xml".utf8)
    private static let encodingWord: [UInt8] = Array("encoding".utf8)
    private static let httpEquiv: [UInt8] = Array("http-equiv".utf8)
    private static let contentType: [UInt8] = Array("content-type".utf8)
    private static let content: [UInt8] = Array("content".utf8)
    private static let charset: [UInt8] = Array("charset".utf8)
}
