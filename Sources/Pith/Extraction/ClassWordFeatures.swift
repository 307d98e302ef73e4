import PithHTML

/// What the words of class, id, role and itemprop attributes say about a block, learned from data.
///
/// Each element's words (`post-content sidebarWidget` → post, content, sidebar, widget) are looked
/// up in a weight table trained by `Scripts/model/train_block_model.py` (log-odds of a word's
/// blocks being content, from words seen on many different sites only). A block gets two sums:
/// over its element, parent and grandparent ("near"), and over the five ancestors above ("far").
struct ClassWordFeatures {
    static let nearLevels = 3
    static let farLevels = 5

    /// The trained weights of `Generated/BlockModel.swift`, as a table built once.
    static let trainedWeights = WordTable(BlockModel.classWordWeights)

    let document: Document
    let weights: WordTable<Float>
    private let itemprop: LocalName?
    /// Each element's words that have a weight, as entries of `weights`, computed once: node
    /// `n`'s are `weightedWords[weightedWordStarts[n] ..< weightedWordStarts[n] + weightedWordCounts[n]]`
    /// (start -1 until first asked). One flat array instead of an array per node.
    private var weightedWords: [Int32] = []
    private var weightedWordStarts: [Int32]
    private var weightedWordCounts: [Int32]
    /// Per entry of `weights`, the last group that counted it: a word counts once per group.
    private var lastCountedGroup: [Int]
    private var groups = 0

    init(document: Document, weights: WordTable<Float>) {
        self.document = document
        self.weights = weights
        itemprop = document.localName("itemprop")
        weightedWordStarts = [Int32](repeating: -1, count: document.nodeCount)
        weightedWordCounts = [Int32](repeating: 0, count: document.nodeCount)
        lastCountedGroup = [Int](repeating: -1, count: weights.count)
    }

    /// The words of the near and far ancestors of `element`, in order (for dumping training data).
    func words(for element: NodeID) -> (near: [String], far: [String]) {
        var near: [String] = []
        var far: [String] = []
        var level = 0
        var current: NodeID? = element
        while let node = current, node != .document, level < Self.nearLevels + Self.farLevels {
            var words: [String] = []
            Self.forEachWord(of: node, in: document, itemprop: itemprop) { words.append(String(decoding: $0, as: UTF8.self)) }
            if level < Self.nearLevels { near += words } else { far += words }
            level += 1
            current = document.parent(of: node)
        }
        return (near, far)
    }

    /// The near and far weight sums of `element`, each word counted once per group.
    mutating func scores(for element: NodeID) -> (near: Double, far: Double) {
        var near = 0.0
        var far = 0.0
        let nearGroup = groups
        let farGroup = groups + 1
        groups += 2
        var level = 0
        var current: NodeID? = element
        while let node = current, node != .document, level < Self.nearLevels + Self.farLevels {
            let group = level < Self.nearLevels ? nearGroup : farGroup
            let words = cachedWeightedWords(of: node)
            for position in words {
                let entry = Int(weightedWords[position])
                guard lastCountedGroup[entry] != group else { continue }
                lastCountedGroup[entry] = group
                let weight = Double(weights.value(at: entry))
                if group == nearGroup { near += weight } else { far += weight }
            }
            level += 1
            current = document.parent(of: node)
        }
        return (near, far)
    }

    /// Where the weighted words of `element` sit in `weightedWords`, computed on first ask.
    private mutating func cachedWeightedWords(of element: NodeID) -> Range<Int> {
        if weightedWordStarts[element.index] < 0 {
            // Appended through locals (the entries moved out and back), so that the closure does
            // not capture `self` (which would copy the document to pass it).
            let weights = self.weights
            var entries: [Int32] = []
            swap(&entries, &weightedWords)
            let start = entries.count
            Self.forEachWord(of: element, in: document, itemprop: itemprop) { word in
                if let entry = weights.index(of: word) { entries.append(Int32(entry)) }
            }
            weightedWordStarts[element.index] = Int32(start)
            weightedWordCounts[element.index] = Int32(entries.count - start)
            swap(&entries, &weightedWords)
        }
        let start = Int(weightedWordStarts[element.index])
        return start..<(start + Int(weightedWordCounts[element.index]))
    }

    /// Calls `body` with each lowercase word of an element's class, id, role and itemprop
    /// attributes (`ClassWords`).
    private static func forEachWord(
        of element: NodeID, in document: Document, itemprop: LocalName?, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        guard document.kind(of: element) == .element, document.attributeCount(of: element) > 0 else { return }
        for index in document.attributeRange(of: element) {
            let attribute = document.attributes[index]
            let name = attribute.name
            guard attribute.namespace == .none, name == .class || name == .id || name == .role || name == itemprop else { continue }
            document.withBytes(start: attribute.valueStart, count: attribute.valueLength) { ClassWords.forEachWord(in: $0, body) }
        }
    }
}
