import PithHTML

/// Cuts a document into ``TextBlock``s in one iterative pass, and records each element's traits.
///
/// Block-level elements start and end blocks; inline elements (links, emphasis, spans) flow into
/// the block around them; skipped elements (scripts, forms controls, hidden elements) contribute
/// nothing. Two `br` in a row also end a block, because many pages separate paragraphs that way.
struct BlockSegmenter {
    let document: Document
    /// Every element's traits combined with its ancestors' (indexed by node).
    private(set) var inheritedTraits: [ElementTraits]
    /// Every element's own traits (indexed by node).
    private var ownTraits: [ElementTraits]
    private(set) var blocks: [TextBlock] = []

    private let classifier: ElementClassifier
    /// Open block elements, innermost last.
    private var blockStack: [NodeID] = []
    private var inline = InlineBuilder()
    private var consecutiveBreaks = 0

    init(document: Document) {
        self.document = document
        self.classifier = ElementClassifier(document: document)
        self.inheritedTraits = [ElementTraits](repeating: [], count: document.nodeCount)
        self.ownTraits = [ElementTraits](repeating: [], count: document.nodeCount)
    }

    /// Bytes of text under each element (scripts and styles excluded), for size-aware decisions.
    private(set) var textBytes: [Int] = []
    private var rootTextBytes = 1

    /// Segments the subtree at `root` (normally the `body`).
    mutating func run(from root: NodeID) {
        textBytes = Self.textBytes(of: document, from: root)
        rootTextBytes = max(textBytes[root.index], 1)
        blockStack = [root]
        var node = document.firstChild(of: root)
        while let current = node {
            let descend = enter(current)
            if descend, let child = document.firstChild(of: current) {
                node = child
                continue
            }
            // Leave `current` and every ancestor that has no next sibling, then move on.
            var leaving = current
            while true {
                leave(leaving)
                if let sibling = document.nextSibling(of: leaving) {
                    node = sibling
                    break
                }
                guard let parent = document.parent(of: leaving), parent != root else {
                    node = nil
                    break
                }
                leaving = parent
            }
        }
        flush()
    }

    /// Text bytes under every node of the subtree at `root`, in one enter/leave walk.
    static func textBytes(of document: Document, from root: NodeID) -> [Int] {
        var sizes = [Int](repeating: 0, count: document.nodeCount)
        for event in document.walk(from: root) {
            guard case .leave(let node) = event else { continue }
            switch document.kind(of: node) {
            case .text:
                sizes[node.index] = document.textByteCount(of: node)
            case .element where ElementVocabulary.skippedTags.contains(document.name(of: node)):
                sizes[node.index] = 0
                continue
            default:
                break
            }
            if node != root, let parent = document.parent(of: node) { sizes[parent.index] += sizes[node.index] }
        }
        return sizes
    }

    /// Handles entering a node; returns whether to visit its children.
    private mutating func enter(_ node: NodeID) -> Bool {
        switch document.kind(of: node) {
        case .text:
            appendText(of: node)
            return false
        case .element:
            let parentTraits = document.parent(of: node).map { inheritedTraits[$0.index] } ?? []
            let own = classifier.traits(of: node)
            ownTraits[node.index] = own
            if own.contains(.skipped) {
                inheritedTraits[node.index] = .skipped
                return false
            }
            var passed = own
            if !own.isDisjoint(with: [.boilerplateName, .comments, .frame]),
                Double(textBytes[node.index]) > Double(rootTextBytes) * ExtractionHeuristics.maximumBoilerplateTextShare
            {
                // A "sidebar" or "nav" class on a wrapper of most of the page names the layout, not
                // the content.
                passed.subtract([.boilerplateName, .comments, .frame])
            }
            inheritedTraits[node.index] = passed.union(parentTraits.intersection(.inherited))
            let name = document.name(of: node)
            if name == .br {
                consecutiveBreaks += 1
                if consecutiveBreaks >= 2 { flush() } else { inline.appendLineBreak() }
                return false
            }
            if own.contains(.block) {
                flush()
                blockStack.append(node)
                if name == .hr { consecutiveBreaks = 0 }
            } else if own.contains(.link) {
                inline.open(.link(href: document.attribute(.href, of: node) ?? ""))
            } else if own.contains(.inlineMarkup) {
                inline.open(InlineBuilder.Frame.Kind(markup: name))
            }
            return true
        default:
            return false
        }
    }

    private mutating func leave(_ node: NodeID) {
        guard document.kind(of: node) == .element else { return }
        let own = ownTraits[node.index]
        if own.contains(.skipped) || document.name(of: node) == .br { return }
        if own.contains(.block) {
            flush()
            if blockStack.last == node { blockStack.removeLast() }
        } else if own.contains(.link) || own.contains(.inlineMarkup) {
            inline.close()
        }
    }

    private mutating func appendText(of node: NodeID) {
        let preformatted = blockStack.last.map { inheritedTraits[$0.index].contains(.preformatted) } ?? false
        // `inline` and `document` are separate stored properties, so the call borrows the document;
        // a closure over `self` here copied it for every text node.
        if inline.appendText(of: node, in: document, preservingWhitespace: preformatted) { consecutiveBreaks = 0 }
    }

    /// Ends the current block, if it has text.
    private mutating func flush() {
        consecutiveBreaks = 0
        guard let (inlines, text, linkText) = inline.finish() else { return }
        let owner = blockStack.last ?? .document
        let traits = inheritedTraits[owner.index]
        let counts = TextWords.count(text)
        guard counts.characters > 0 else { return }
        let linkCounts = TextWords.count(linkText)
        var level = 0
        if traits.contains(.heading) {
            var element: NodeID? = owner
            while let current = element, level == 0 {
                switch document.name(of: current) {
                case .h1: level = 1
                case .h2: level = 2
                case .h3: level = 3
                case .h4: level = 4
                case .h5: level = 5
                case .h6: level = 6
                default: element = document.parent(of: current)
                }
            }
        }
        blocks.append(TextBlock(
            element: owner,
            index: blocks.count,
            text: text,
            inlines: inlines,
            wordCount: counts.words,
            linkWordCount: min(linkCounts.words, counts.words),
            characterCount: counts.characters,
            traits: traits,
            headingLevel: level
        ))
    }
}
