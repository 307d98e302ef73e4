/// A gradient-boosted tree ensemble in flat arrays, as `Scripts/model/train_block_model.py`
/// writes it: each tree is a root index; inner nodes test `features[node] <= thresholds[node]`
/// and go left or right; leaves (feature -1) add their value to the log-odds.
struct TreeEnsemble: Sendable {
    let roots: [Int32]
    let features: [Int16]
    let thresholds: [Float]
    let leftChildren: [Int32]
    let rightChildren: [Int32]
    let leafValues: [Float]

    /// The ensemble's log-odds for one row of inputs.
    func logOdds(_ row: UnsafeBufferPointer<Float>) -> Double {
        features.withUnsafeBufferPointer { features in
            thresholds.withUnsafeBufferPointer { thresholds in
                leftChildren.withUnsafeBufferPointer { left in
                    rightChildren.withUnsafeBufferPointer { right in
                        var total = 0.0
                        for root in roots {
                            var node = Int(root)
                            while features[node] >= 0 {
                                node = Int(row[Int(features[node])] <= thresholds[node] ? left[node] : right[node])
                            }
                            total += Double(leafValues[node])
                        }
                        return total
                    }
                }
            }
        }
    }
}
