import PithHTML

/// Chooses which text blocks are the main content.
///
/// Stage 1 scores containers: every substantial block adds to its element and ancestors
/// (Readability's propagation), discounted by the container's link density. Stage 2 takes the
/// best container and its strong siblings. Stage 3 keeps the blocks inside that are not
/// navigation, boilerplate or comments.
struct ContentSelector {
    let document: Document
    let blocks: [TextBlock]
    let inheritedTraits: [ElementTraits]

    /// Indices of the kept blocks, in document order.
    func select() -> [Int] {
        guard !blocks.isEmpty else { return [] }
        let containers = ContainerScores(document: document, blocks: blocks)
        guard let best = containers.best else { return fallback() }
        var roots: Set<NodeID> = [best]
        if let parent = document.parent(of: best) {
            for sibling in document.children(of: parent) where sibling != best {
                if containers.scores[sibling.index] >= containers.bestScore * ExtractionHeuristics.siblingScoreFraction {
                    roots.insert(sibling)
                }
            }
        }
        var kept: [Int] = []
        for block in blocks where isInside(block.element, roots) && keeps(block) {
            kept.append(block.index)
        }
        return kept.isEmpty ? fallback() : kept
    }

    private func keeps(_ block: TextBlock) -> Bool {
        if block.traits.contains(.comments) { return false }
        if block.headingLevel > 0 { return true }
        if block.linkDensity > ExtractionHeuristics.maximumLinkDensity { return false }
        if block.traits.contains(.frame) || block.traits.contains(.boilerplateName) { return block.wordCount >= 20 }
        return true
    }

    private func isInside(_ node: NodeID, _ roots: Set<NodeID>) -> Bool {
        var current: NodeID? = node
        while let candidate = current {
            if roots.contains(candidate) { return true }
            current = document.parent(of: candidate)
        }
        return false
    }

    /// Without a clear container: every block that is not navigation.
    private func fallback() -> [Int] {
        blocks.filter { keeps($0) && $0.traits.isDisjoint(with: [.frame, .boilerplateName]) }.map(\.index)
    }
}
