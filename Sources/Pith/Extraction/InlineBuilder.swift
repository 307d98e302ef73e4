import PithHTML

/// Builds the inline content of one block at a time: text with collapsed whitespace, links,
/// emphasis, strong, code and line breaks.
struct InlineBuilder {
    struct Frame {
        enum Kind {
            case root
            case link(href: String)
            case strong
            case emphasis
            case code

            init(markup name: LocalName) {
                switch name {
                case .b, .strong: self = .strong
                case .code, .tt, .kbd, .samp: self = .code
                default: self = .emphasis
                }
            }
        }

        var kind: Kind
        var children: [Inline] = []
    }

    private var frames: [Frame] = [Frame(kind: .root)]
    private var text = ""
    private var linkText = ""
    private var pendingSpace = false
    private(set) var hasText = false
    private(set) var endsWithBreak = false

    /// Appends a text node's bytes, collapsing whitespace unless `preservingWhitespace`.
    /// - Returns: whether any non-whitespace text was added.
    @discardableResult
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, preservingWhitespace: Bool) -> Bool {
        guard !bytes.isEmpty else { return false }
        let piece: String
        if preservingWhitespace {
            piece = String(decoding: bytes, as: UTF8.self)
        } else {
            // Collapsed, the piece is never longer than the bytes and a space carried over from
            // the previous text: build it in one scratch buffer.
            let hadText = hasText
            let endedWithBreak = endsWithBreak
            var pending = pendingSpace
            piece = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { piece in
                var length = 0
                var index = 0
                while index < bytes.count {
                    let width = whitespaceWidth(bytes, at: index)
                    if width > 0 {
                        pending = true
                        index += width
                        continue
                    }
                    // A space right after a line break is dropped; later ones in the piece stay.
                    if pending && (hadText || length > 0) && !(endedWithBreak && length == 0) {
                        piece[length] = 0x20
                        length += 1
                    }
                    pending = false
                    while index < bytes.count && whitespaceWidth(bytes, at: index) == 0 {
                        piece[length] = bytes[index]
                        length += 1
                        index += 1
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: piece[0..<length]), as: UTF8.self)
            }
            pendingSpace = pending
        }
        guard !piece.isEmpty else { return false }
        text += piece
        if isInsideLink { linkText += piece }
        hasText = true
        endsWithBreak = false
        let frame = frames.count - 1
        if case .text(var previous)? = frames[frame].children.last {
            // Free the stored copy first, so that appending happens in place.
            frames[frame].children[frames[frame].children.count - 1] = .lineBreak
            previous += piece
            frames[frame].children[frames[frame].children.count - 1] = .text(previous)
        } else {
            frames[frame].children.append(.text(piece))
        }
        return true
    }

    /// Appends the text of `node` (``appendText(_:preservingWhitespace:)``).
    mutating func appendText(of node: NodeID, in document: Document, preservingWhitespace: Bool) -> Bool {
        document.withTextBytes(of: node) { appendText($0, preservingWhitespace: preservingWhitespace) }
    }

    mutating func appendLineBreak() {
        guard hasText, !endsWithBreak else { return }
        frames[frames.count - 1].children.append(.lineBreak)
        text += "\n"
        endsWithBreak = true
        pendingSpace = false
    }

    mutating func open(_ kind: Frame.Kind) {
        frames.append(Frame(kind: kind))
    }

    mutating func close() {
        guard frames.count > 1 else { return }
        let frame = frames.removeLast()
        append(frame)
    }

    private mutating func append(_ frame: Frame) {
        if let inline = Self.wrap(frame) { frames[frames.count - 1].children.append(inline) }
    }

    /// A closed frame as one inline (nil when it holds nothing).
    private static func wrap(_ frame: Frame) -> Inline? {
        guard !frame.children.isEmpty else { return nil }
        switch frame.kind {
        case .root: return nil
        case .link(let href): return .link(text: frame.children, href: href)
        case .strong: return .strong(frame.children)
        case .emphasis: return .emphasis(frame.children)
        case .code: return .code(frame.children.plainText)
        }
    }

    private var isInsideLink: Bool {
        frames.contains { if case .link = $0.kind { return true } else { return false } }
    }

    /// The finished block's inlines, text and link text, or nil if it has no text; open frames
    /// stay open (emptied) for the text that follows.
    mutating func finish() -> (inlines: [Inline], text: String, linkText: String)? {
        defer {
            text = ""
            linkText = ""
            hasText = false
            pendingSpace = false
            endsWithBreak = false
        }
        guard hasText else {
            for index in frames.indices { frames[index].children.removeAll() }
            return nil
        }
        var closed = frames
        while closed.count > 1 {
            let frame = closed.removeLast()
            if let inline = Self.wrap(frame) { closed[closed.count - 1].children.append(inline) }
        }
        for index in frames.indices { frames[index].children.removeAll() }
        var inlines = closed[0].children
        if case .lineBreak? = inlines.last { inlines.removeLast() }
        let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return (inlines, trimmed, linkText)
    }
}

/// The width of the whitespace character at `index` (ASCII whitespace or U+00A0), or 0.
@inline(__always)
private func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C { return 1 }
    if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0 { return 2 }
    return 0
}
