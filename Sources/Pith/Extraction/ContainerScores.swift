import PithHTML

/// Readability-style container scores: every substantial block adds to its element and its
/// ancestors (less with each level), and each container's total is discounted by its link
/// density. The best container is where the main text most likely lives.
struct ContainerScores {
    /// Score per node (0 for nodes no block reached).
    private(set) var scores: [Double]
    /// Words and link words of all blocks under each node.
    private(set) var words: [Int]
    private(set) var linkWords: [Int]
    /// Blocks under each node.
    private(set) var blockCounts: [Int]
    /// The best-scoring container, if any block scored.
    private(set) var best: NodeID?
    private(set) var bestScore = 0.0

    init(document: Document, blocks: [TextBlock]) {
        scores = [Double](repeating: 0, count: document.nodeCount)
        words = [Int](repeating: 0, count: document.nodeCount)
        linkWords = [Int](repeating: 0, count: document.nodeCount)
        blockCounts = [Int](repeating: 0, count: document.nodeCount)
        for block in blocks {
            var ancestor: NodeID? = block.element
            while let node = ancestor {
                words[node.index] += block.wordCount
                linkWords[node.index] += block.linkWordCount
                blockCounts[node.index] += 1
                ancestor = document.parent(of: node)
            }
            guard block.wordCount >= ExtractionHeuristics.minimumScoringWords,
                block.traits.isDisjoint(with: [.frame, .boilerplateName, .comments])
            else { continue }
            let score = Self.blockScore(block)
            var level = 0
            ancestor = block.element
            while let node = ancestor, level < ExtractionHeuristics.scoredAncestorLevels {
                let divisor = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
                scores[node.index] += score / divisor
                level += 1
                ancestor = document.parent(of: node)
            }
        }
        for index in scores.indices where scores[index] > 0 {
            let adjusted = scores[index] * (1 - linkDensity(at: index))
            scores[index] = adjusted
            if adjusted > bestScore {
                bestScore = adjusted
                best = NodeID(UInt32(index))
            }
        }
    }

    /// Share of words inside links under the node at `index`.
    func linkDensity(at index: Int) -> Double {
        words[index] == 0 ? 0 : Double(linkWords[index]) / Double(words[index])
    }

    /// A block's contribution: one point, one per comma, and up to three for length (Readability).
    static func blockScore(_ block: TextBlock) -> Double {
        var commas = 0
        for scalar in block.text.unicodeScalars where scalar == "," || scalar == "，" || scalar == "、" { commas += 1 }
        return 1 + Double(commas)
            + min(Double(block.wordCount) / ExtractionHeuristics.wordsPerLengthPoint, ExtractionHeuristics.maximumLengthPoints)
    }
}
