/// The stage-2 inputs of the line classifier: each line's stage-1 probability seen in context
/// (its neighbours, the windows around it, how much likely content lies before and after it).
/// Mirrors `context_features` in `Scripts/model/train_line_model.py` exactly.
enum LineContextFeatures {
    enum Column: Int, CaseIterable {
        case probability, previousProbability, nextProbability, nearWindowProbability
        case wideWindowProbability, nearWindowMaximum, pageContentShare, contentBefore, contentAfter
    }

    static let count = Column.allCases.count

    /// The column names, as the training script and the generated model know them.
    static var names: [String] { Column.allCases.map { "\($0)" } }

    /// Stage-1 probability from which a line counts as likely content.
    static let likelyContent = 0.5

    /// Row-major context features of every line.
    static func compute(lines: [TextLine], probabilities: [Double]) -> [Float] {
        let n = lines.count
        var rows = [Float](repeating: 0, count: n * count)
        let weights = lines.map { Double($0.wordCount) + 1 }
        let totalWords = max(lines.reduce(0) { $0 + $1.wordCount }, 1)
        var likelyBefore = [Int](repeating: 0, count: n + 1)
        for index in 0..<n {
            likelyBefore[index + 1] = likelyBefore[index] + (probabilities[index] >= likelyContent ? lines[index].wordCount : 0)
        }
        let likelyWords = likelyBefore[n]
        func weightedMean(_ range: ClosedRange<Int>, excluding excluded: Int) -> Double {
            var numerator = 0.0
            var denominator = 0.0
            for other in range where other != excluded {
                numerator += probabilities[other] * weights[other]
                denominator += weights[other]
            }
            return denominator > 0 ? numerator / denominator : -1
        }
        for index in 0..<n {
            let near = max(0, index - TextModeHeuristics.nearWindow)...min(n - 1, index + TextModeHeuristics.nearWindow)
            let wide = max(0, index - TextModeHeuristics.wideWindow)...min(n - 1, index + TextModeHeuristics.wideWindow)
            var nearMaximum = -1.0
            for other in near where other != index { nearMaximum = max(nearMaximum, probabilities[other]) }
            let row: [Double] = [
                probabilities[index],
                index > 0 ? probabilities[index - 1] : -1,
                index + 1 < n ? probabilities[index + 1] : -1,
                weightedMean(near, excluding: index),
                weightedMean(wide, excluding: index),
                nearMaximum,
                Double(likelyWords) / Double(totalWords),
                likelyWords > 0 ? Double(likelyBefore[index]) / Double(likelyWords) : -1,
                likelyWords > 0 ? Double(likelyWords - likelyBefore[index + 1]) / Double(likelyWords) : -1,
            ]
            for (column, value) in row.enumerated() { rows[index * count + column] = Float(value) }
        }
        return rows
    }
}
