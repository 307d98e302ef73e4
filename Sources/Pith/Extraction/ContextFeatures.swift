import PithHTML

/// The stage-2 inputs of the block classifier: each block's stage-1 probability seen in context
/// (its neighbours, the blocks sharing its parent or grandparent, the page as a whole).
/// Mirrors `context_features` in `Scripts/model/train_block_model.py` exactly.
enum ContextFeatures {
    enum Column: Int, CaseIterable {
        case probability, previousProbability, nextProbability, nearWindowProbability
        case wideWindowProbability, siblingProbability, cousinProbability, logSiblingBlocks
        case pageContentShare, nearWindowMaximum
    }

    static let count = Column.allCases.count
    /// Blocks on each side that form the near and wide windows.
    static let nearWindow = 3
    static let wideWindow = 10
    /// Stage-1 probability from which a block counts as likely content for `pageContentShare`.
    static let likelyContent = 0.5

    /// Row-major context features of every block.
    static func compute(document: Document, blocks: [TextBlock], probabilities: [Double]) -> [Float] {
        let n = blocks.count
        var rows = [Float](repeating: 0, count: n * count)
        let weights = blocks.map { Double($0.wordCount) + 1 }
        var byParent: [NodeID: [Int]] = [:]
        var byGrandparent: [NodeID: [Int]] = [:]
        var parents: [NodeID?] = []
        var grandparents: [NodeID?] = []
        for (index, block) in blocks.enumerated() {
            let parent = document.parent(of: block.element)
            let grandparent = parent.flatMap { document.parent(of: $0) }
            parents.append(parent)
            grandparents.append(grandparent)
            if let parent { byParent[parent, default: []].append(index) }
            if let grandparent { byGrandparent[grandparent, default: []].append(index) }
        }
        let totalWords = max(blocks.reduce(0) { $0 + $1.wordCount }, 1)
        var likelyWords = 0
        for (block, probability) in zip(blocks, probabilities) where probability >= likelyContent { likelyWords += block.wordCount }
        let pageShare = Double(likelyWords) / Double(totalWords)

        func weightedMean<S: Sequence>(_ indices: S, excluding excluded: Int) -> Double where S.Element == Int {
            var numerator = 0.0
            var denominator = 0.0
            for index in indices where index != excluded {
                numerator += probabilities[index] * weights[index]
                denominator += weights[index]
            }
            return denominator > 0 ? numerator / denominator : -1
        }

        for index in 0..<n {
            let near = max(0, index - nearWindow)..<min(n, index + nearWindow + 1)
            let wide = max(0, index - wideWindow)..<min(n, index + wideWindow + 1)
            let siblings = parents[index].flatMap { byParent[$0] } ?? []
            let cousins = grandparents[index].flatMap { byGrandparent[$0] } ?? []
            var nearMaximum = -1.0
            for other in near where other != index { nearMaximum = max(nearMaximum, probabilities[other]) }
            let values: [Double] = [
                probabilities[index],
                index > 0 ? probabilities[index - 1] : -1,
                index + 1 < n ? probabilities[index + 1] : -1,
                weightedMean(near, excluding: index),
                weightedMean(wide, excluding: index),
                weightedMean(siblings, excluding: index),
                weightedMean(cousins, excluding: index),
                logOnePlus(Double(max(siblings.count - 1, 0))),
                pageShare,
                nearMaximum,
            ]
            for (column, value) in values.enumerated() { rows[index * count + column] = Float(value) }
        }
        return rows
    }
}
