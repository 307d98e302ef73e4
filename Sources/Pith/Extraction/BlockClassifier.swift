import PithHTML

/// The trained two-stage block classifier (`Generated/BlockModel.swift`).
///
/// Stage 1 turns each block's ``BlockFeatures`` into a content probability; stage 2 reads those
/// features again with ``ContextFeatures`` built from the stage-1 probabilities, so that a block's
/// neighbours and container vote on it. Each stage evaluates all blocks in one call.
enum BlockClassifier {
    /// The probability that each block is main content.
    static func probabilities(document: Document, blocks: [TextBlock], features: BlockFeatures) -> [Double] {
        guard !blocks.isEmpty else { return [] }
        let width = BlockFeatures.count
        let stage1 = features.values.withUnsafeBufferPointer { BlockModel.stage1.logOdds(rows: $0, width: width) }.map(logistic)
        let context = ContextFeatures.compute(document: document, blocks: blocks, probabilities: stage1)
        // Stage 2 reads the context columns right after the stage-1 columns the model was trained
        // on, which may be fewer than `BlockFeatures` computes (columns added before a retrain).
        let trained = BlockModel.columns.count
        precondition(trained <= width, "the model reads more stage-1 columns than BlockFeatures has")
        let contextWidth = ContextFeatures.count
        var rows: [Float] = []
        rows.reserveCapacity(blocks.count * (trained + contextWidth))
        for index in blocks.indices {
            rows += features.values[(index * width)..<(index * width + trained)]
            rows += context[(index * contextWidth)..<((index + 1) * contextWidth)]
        }
        return rows.withUnsafeBufferPointer { BlockModel.stage2.logOdds(rows: $0, width: trained + contextWidth) }.map(logistic)
    }
}
