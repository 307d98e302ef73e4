/// The trained two-stage line classifier (`Generated/LineModel.swift`).
///
/// Stage 1 turns each line's ``LineFeatures`` into a content probability; stage 2 reads those
/// features again with ``LineContextFeatures`` built from the stage-1 probabilities, so that a
/// short line between paragraphs of the story is judged with them, and a sentence-shaped line
/// among teasers with those.
enum LineClassifier {
    /// The probability that each line is main content.
    static func probabilities(lines: [TextLine], features: LineFeatures) -> [Double] {
        let width = LineFeatures.count
        let stage1: [Double] = features.values.withUnsafeBufferPointer { values in
            lines.indices.map { index in
                logistic(LineModel.stage1.logOdds(UnsafeBufferPointer(rebasing: values[(index * width)..<((index + 1) * width)])))
            }
        }
        let context = LineContextFeatures.compute(lines: lines, probabilities: stage1)
        var row = [Float](repeating: 0, count: width + LineContextFeatures.count)
        return lines.indices.map { index in
            for column in 0..<width { row[column] = features.values[index * width + column] }
            for column in 0..<LineContextFeatures.count {
                row[width + column] = context[index * LineContextFeatures.count + column]
            }
            return row.withUnsafeBufferPointer { logistic(LineModel.stage2.logOdds($0)) }
        }
    }
}
