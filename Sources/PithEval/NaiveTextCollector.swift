import PithHTML

/// Walks a document for ``NaiveTextRenderer``, cutting its visible text into blocks.
///
/// The walk is iterative (explicit descent and ascent through parent links), so no page is too
/// deep for it.
struct NaiveTextCollector {
    /// A run of text between two line breaks, with what the element around it was.
    struct RenderedBlock: Sendable {
        var text: String
        /// 1–6 inside `h1`–`h6`, else 0.
        var headingLevel = 0
        var isListItem = false
        var isParagraph = false

        /// Whether `innerText` puts blank lines around it.
        var isSeparated: Bool { isParagraph || headingLevel > 0 }
    }

    let document: Document
    let style: NaiveTextRenderer.Style
    private(set) var blocks: [RenderedBlock] = []

    /// The block being filled, its text so far and whether a space is owed before the next word.
    private var current = RenderedBlock(text: "")
    private var pendingSpace = false
    private var lastWasLabel = false
    /// The kinds of the open block elements, innermost last.
    private var openBlocks: [RenderedBlock] = []
    /// Open Markdown spans (links, strong text): where their text starts in `current.text`, and
    /// what goes before and after it.
    private var openMarks: [(node: NodeID, start: Int, prefix: String, suffix: String)] = []
    /// Whether each element has text under it (scripts and styles not counted).
    private var hasText: [Bool] = []
    private var preformattedDepth = 0

    init(document: Document, style: NaiveTextRenderer.Style) {
        self.document = document
        self.style = style
    }

    mutating func collect() {
        hasText = Self.textPresence(of: document)
        var node = document.firstChild(of: .document)
        while let entered = node {
            if enter(entered), let child = document.firstChild(of: entered) {
                node = child
                continue
            }
            var leaving = entered
            node = nil
            while true {
                leave(leaving)
                if let sibling = document.nextSibling(of: leaving) {
                    node = sibling
                    break
                }
                guard let parent = document.parent(of: leaving), parent != .document else { break }
                leaving = parent
            }
        }
        flush()
    }

    // MARK: - Walk

    /// Handles `node` on the way down; returns whether to visit its children.
    private mutating func enter(_ node: NodeID) -> Bool {
        switch document.kind(of: node) {
        case .text:
            appendText(document.text(of: node))
            return false
        case .element:
            break
        default:
            return false
        }
        let name = document.name(of: node)
        if NaiveTextVocabulary.neverShown.contains(name) { return false }
        if name == .svg {
            // Icon sprites and inline icons: their titles, run together.
            for inner in document.descendants(of: node) where document.kind(of: inner) == .element && document.name(of: inner) == .title {
                appendLabel(document.textContent(of: inner))
            }
            return false
        }
        if !hasText[node.index], let label = document.attribute(.ariaLabel, of: node) {
            appendLabel(label)
            return false
        }
        if name == .br {
            flush()
            return false
        }
        if name == .td || name == .th {
            appendSeparator("\t")
            return true
        }
        if breaksLine(name) {
            flush()
            var kind = RenderedBlock(text: "")
            if let level = NaiveTextVocabulary.headingLevels[name] {
                kind.headingLevel = level
            } else {
                kind = openBlocks.last ?? kind
                kind.text = ""
                kind.isListItem = kind.isListItem || name == .li
                kind.isParagraph = name == .p
            }
            openBlocks.append(kind)
            current = kind
            if name == .pre { preformattedDepth += 1 }
        } else if NaiveTextVocabulary.blockElements.contains(name) {
            pendingSpace = !current.text.isEmpty
        }
        if style == .markdown {
            if name == .a, let href = document.attribute(.href, of: node) {
                openMarks.append((node, current.text.count, "[", "](" + href + ")"))
            } else if name == .strong || name == .b {
                openMarks.append((node, current.text.count, "**", "**"))
            }
        }
        return true
    }

    /// Handles `node` on the way up, after its children.
    private mutating func leave(_ node: NodeID) {
        guard document.kind(of: node) == .element else { return }
        let name = document.name(of: node)
        if let mark = openMarks.last, mark.node == node {
            openMarks.removeLast()
            closeMark(start: mark.start, prefix: mark.prefix, suffix: mark.suffix)
        }
        if breaksLine(name), !NaiveTextVocabulary.neverShown.contains(name), !openBlocks.isEmpty {
            flush()
            openBlocks.removeLast()
            current = openBlocks.last ?? RenderedBlock(text: "")
            current.text = ""
            if name == .pre { preformattedDepth = max(0, preformattedDepth - 1) }
        } else if NaiveTextVocabulary.blockElements.contains(name) {
            pendingSpace = !current.text.isEmpty
        }
    }

    private func breaksLine(_ name: LocalName) -> Bool {
        style == .inline ? NaiveTextVocabulary.paragraphElements.contains(name) : NaiveTextVocabulary.blockElements.contains(name)
    }

    // MARK: - Text

    private mutating func appendText(_ text: String) {
        for character in text {
            if character == "\n" && preformattedDepth > 0 {
                flush()
            } else if character.isWhitespace {
                pendingSpace = !current.text.isEmpty
            } else {
                if pendingSpace { current.text.append(" ") }
                pendingSpace = false
                current.text.append(character)
            }
        }
        lastWasLabel = false
    }

    /// Icon labels run straight into each other, as `textContent` leaves them.
    private mutating func appendLabel(_ label: String) {
        if lastWasLabel { pendingSpace = false }
        appendText(label)
        lastWasLabel = true
    }

    /// A table cell's tab: goes in instead of the space owed, never at the start of a line.
    private mutating func appendSeparator(_ separator: String) {
        guard !current.text.isEmpty else { return }
        pendingSpace = false
        current.text += separator
    }

    /// Wraps the text added since `start` in `prefix` and `suffix` (`[text](href)`, `**text**`),
    /// if there is any.
    private mutating func closeMark(start: Int, prefix: String, suffix: String) {
        guard start <= current.text.count else { return }
        var index = current.text.index(current.text.startIndex, offsetBy: start)
        while index < current.text.endIndex, current.text[index] == " " { index = current.text.index(after: index) }
        guard index < current.text.endIndex else { return }
        current.text.insert(contentsOf: prefix, at: index)
        current.text += suffix
    }

    private mutating func flush() {
        if !current.text.isEmpty { blocks.append(current) }
        current.text = ""
        pendingSpace = false
        lastWasLabel = false
        openMarks.removeAll()
    }

    /// Whether each node has text under it, from one walk.
    private static func textPresence(of document: Document) -> [Bool] {
        var present = [Bool](repeating: false, count: document.nodeCount)
        for event in document.walk(from: .document) {
            guard case .leave(let node) = event else { continue }
            if document.kind(of: node) == .text {
                present[node.index] = document.text(of: node).contains { !$0.isWhitespace }
            } else if document.kind(of: node) == .element, NaiveTextVocabulary.neverShown.contains(document.name(of: node)) {
                present[node.index] = false
                continue
            }
            if present[node.index], let parent = document.parent(of: node) { present[parent.index] = true }
        }
        return present
    }
}

/// Which elements break lines, which never show, for ``NaiveTextCollector``.
enum NaiveTextVocabulary {
    /// Elements whose content is never text: the head, scripts, styles, templates. (`noscript`
    /// and `hidden` elements are kept: scrapers that do not run scripts or apply styles keep
    /// them, and some pages hold their whole content there until a script shows it.)
    static let neverShown: Set<LocalName> = [.head, .script, .style, .template]

    /// Elements a browser lays out as blocks (`innerText` breaks lines around them).
    static let blockElements: Set<LocalName> = [
        .address, .article, .aside, .blockquote, .body, .caption, .center, .dd, .details, .dialog, .div,
        .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6,
        .header, .hgroup, .hr, .legend, .li, .main, .menu, .nav, .ol, .option, .p, .pre, .section,
        .summary, .table, .tr, .ul,
    ]

    /// The elements that still break lines in the `inline` style.
    static let paragraphElements: Set<LocalName> = [
        .blockquote, .dd, .dt, .figcaption, .h1, .h2, .h3, .h4, .h5, .h6, .hr, .li, .p, .pre, .tr,
    ]

    static let headingLevels: [LocalName: Int] = [.h1: 1, .h2: 2, .h3: 3, .h4: 4, .h5: 5, .h6: 6]
}
