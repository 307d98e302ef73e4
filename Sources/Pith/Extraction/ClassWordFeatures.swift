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

    let document: Document
    let weights: [String: Float]
    /// Each element's words, computed once (indexed by node; nil until first asked).
    private var cache: [[String]?]

    init(document: Document, weights: [String: Float]) {
        self.document = document
        self.weights = weights
        cache = [[String]?](repeating: nil, count: document.nodeCount)
    }

    /// The words of `element`, from the cache.
    private mutating func cachedWords(of element: NodeID) -> [String] {
        if let words = cache[element.index] { return words }
        let words = Self.words(of: element, in: document)
        cache[element.index] = words
        return words
    }

    /// The words of the near and far ancestors of `element`, in order (for dumping training data).
    mutating func words(for element: NodeID) -> (near: [String], far: [String]) {
        var near: [String] = []
        var far: [String] = []
        var level = 0
        var current: NodeID? = element
        while let node = current, node != .document, level < Self.nearLevels + Self.farLevels {
            let words = cachedWords(of: node)
            if level < Self.nearLevels { near += words } else { far += words }
            level += 1
            current = document.parent(of: node)
        }
        return (near, far)
    }

    /// The near and far weight sums of `element`, each word counted once per group.
    mutating func scores(for element: NodeID) -> (near: Double, far: Double) {
        let (near, far) = words(for: element)
        return (Set(near).reduce(0) { $0 + Double(weights[$1] ?? 0) }, Set(far).reduce(0) { $0 + Double(weights[$1] ?? 0) })
    }

    /// The lowercase words of an element's class, id, role and itemprop attributes.
    static func words(of element: NodeID, in document: Document) -> [String] {
        guard document.kind(of: element) == .element, document.attributeCount(of: element) > 0 else { return [] }
        let itemprop = document.localName("itemprop")
        var words: [String] = []
        for index in document.attributeRange(of: element) {
            let attribute = document.attributes[index]
            let name = attribute.name
            guard attribute.namespace == .none, name == .class || name == .id || name == .role || name == itemprop else { continue }
            words += document.withBytes(start: attribute.valueStart, count: attribute.valueLength) { ClassWords.words(ofBytes: $0) }
        }
        return words
    }
}
