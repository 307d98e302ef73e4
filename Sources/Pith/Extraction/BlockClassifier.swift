import PithHTML

/// The trained two-stage block classifier (`Generated/BlockModel.swift`).
///
/// Stage 1 turns each block's ``BlockFeatures`` into a content probability; stage 2 reads those
/// features again with ``ContextFeatures`` built from the stage-1 probabilities, so that a block's
/// neighbours and container vote on it.
enum BlockClassifier {
    /// The probability that each block is main content.
    static func probabilities(document: Document, blocks: [TextBlock], features: BlockFeatures) -> [Double] {
        let width = BlockFeatures.count
        let stage1: [Double] = features.values.withUnsafeBufferPointer { values in
            (0..<blocks.count).map { index in
                logistic(BlockModel.stage1.logOdds(UnsafeBufferPointer(rebasing: values[(index * width)..<((index + 1) * width)])))
            }
        }
        let context = ContextFeatures.compute(document: document, blocks: blocks, probabilities: stage1)
        // Stage 2 reads the context columns right after the stage-1 columns the model was trained
        // on, which may be fewer than `BlockFeatures` computes (columns added before a retrain).
        let trained = BlockModel.columns.count
        precondition(trained <= width, "the model reads more stage-1 columns than BlockFeatures has")
        var row = [Float](repeating: 0, count: trained + ContextFeatures.count)
        return (0..<blocks.count).map { index in
            for column in 0..<trained { row[column] = features.values[index * width + column] }
            for column in 0..<ContextFeatures.count {
                row[trained + column] = context[index * ContextFeatures.count + column]
            }
            return row.withUnsafeBufferPointer { logistic(BlockModel.stage2.logOdds($0)) }
        }
    }
}
