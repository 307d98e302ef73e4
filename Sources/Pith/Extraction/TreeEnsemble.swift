/// A gradient-boosted tree ensemble, as `Scripts/model/train_block_model.py` writes it: each tree
/// is a root index; inner nodes test `features[node] <= thresholds[node]` and go left or right;
/// leaves (feature -1) add their value to the log-odds.
///
/// The trees are walked over small integers instead of floats, with exactly the same decisions:
/// each feature's distinct thresholds, sorted, cut its values into bins, a value's bin being the
/// number of thresholds below it (NaN, which passes no `<=` test, goes past the last one). A
/// value is at most the feature's `i`-th threshold exactly when its bin is at most `i`. A row then
/// takes one byte per feature, so that a page's rows stay in the L1 cache while each tree walks
/// them all, and a node takes 8 bytes.
///
/// Nodes are packed into one array in which a leaf is its own left and right child. A walk then
/// needs no branch on the path: ``logOdds(rows:width:)`` walks each tree for several rows at
/// once, so that their memory loads overlap, and stops when a step moves none of them (all sit
/// on leaves) or at the tree's depth. Each row's leaf values are still summed in tree order, so
/// the result is the same as walking one row at a time.
struct TreeEnsemble: Sendable {
    /// One tree node: an inner node's test (`bin <= maximumLeftBin` goes left) and children, or a
    /// leaf with itself as both children.
    private struct Node {
        var feature: UInt16
        var maximumLeftBin: UInt16
        var left: UInt16
        var right: UInt16
    }

    private let roots: [UInt16]
    /// The number of steps from each root to its deepest leaf.
    private let depths: [Int]
    private let nodes: [Node]
    /// Each node's leaf value (0 for inner nodes).
    private let leafValues: [Float]
    /// Feature `f`'s distinct thresholds, ascending: `cuts[cutStarts[f] ..< cutStarts[f + 1]]`.
    private let cuts: [Float]
    private let cutStarts: [Int]
    /// How many input columns the ensemble reads: one more than the largest feature index it tests.
    let inputWidth: Int

    /// The ensemble in the generated layout (see the type's summary).
    init(roots: [Int32], features: [Int16], thresholds: [Float], leftChildren: [Int32], rightChildren: [Int32], leafValues: [Float]) {
        precondition(
            [thresholds.count, leftChildren.count, rightChildren.count, leafValues.count].allSatisfy { $0 == features.count },
            "tree ensemble arrays differ in length"
        )
        precondition(features.count <= Int(UInt16.max), "tree ensemble has more nodes than 16-bit indices address")
        self.roots = roots.map { UInt16($0) }
        let inputWidth = Int(features.max() ?? -1) + 1
        self.inputWidth = inputWidth
        var thresholdsByFeature = [[Float]](repeating: [], count: inputWidth)
        for (feature, threshold) in zip(features, thresholds) where feature >= 0 {
            thresholdsByFeature[Int(feature)].append(threshold)
        }
        thresholdsByFeature = thresholdsByFeature.map { Array(Set($0)).sorted() }
        precondition(
            thresholdsByFeature.allSatisfy { $0.count <= Int(UInt8.max) },
            "a feature has more thresholds than one-byte bins hold (LightGBM's default max_bin keeps them under 255)"
        )
        cuts = thresholdsByFeature.flatMap { $0 }
        cutStarts = thresholdsByFeature.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        nodes = features.indices.map { index in
            guard features[index] >= 0 else {
                return Node(feature: 0, maximumLeftBin: UInt16.max, left: UInt16(index), right: UInt16(index))
            }
            let feature = Int(features[index])
            // The threshold's position among its feature's thresholds is the highest bin at or below it.
            let maximumLeftBin = thresholdsByFeature[feature].firstIndex(of: thresholds[index])!
            return Node(
                feature: UInt16(feature), maximumLeftBin: UInt16(maximumLeftBin),
                left: UInt16(leftChildren[index]), right: UInt16(rightChildren[index])
            )
        }
        self.leafValues = features.indices.map { features[$0] >= 0 ? 0 : leafValues[$0] }
        // Depth-first with an explicit stack; trees are small, but the input is generated data.
        depths = roots.map { root in
            var deepest = 0
            var stack = [(node: Int(root), depth: 0)]
            while let (node, depth) = stack.popLast() {
                precondition(stack.count < features.count, "tree ensemble has a cycle")
                if features[node] < 0 {
                    deepest = max(deepest, depth)
                } else {
                    stack.append((Int(leftChildren[node]), depth + 1))
                    stack.append((Int(rightChildren[node]), depth + 1))
                }
            }
            return deepest
        }
    }

    /// The ensemble's log-odds for one row of inputs.
    func logOdds(_ row: UnsafeBufferPointer<Float>) -> Double {
        logOdds(rows: row, width: row.count)[0]
    }

    /// The ensemble's log-odds for each row of a row-major matrix `width` columns wide.
    ///
    /// - Complexity: O(rows × (trees × depth + columns × log thresholds)), with `lanes` rows
    ///   walked together.
    func logOdds(rows: UnsafeBufferPointer<Float>, width: Int) -> [Double] {
        precondition(width > 0 && rows.count % width == 0, "rows must be whole rows of `width` columns")
        precondition(width >= inputWidth, "rows are narrower than the columns the ensemble reads")
        let count = rows.count / width
        var totals = [Double](repeating: 0, count: count)
        guard count > 0, inputWidth > 0 else { return totals }
        let bins = self.bins(of: rows, width: width)
        let binWidth = inputWidth
        bins.withUnsafeBufferPointer { bins in
            nodes.withUnsafeBufferPointer { nodes in
                leafValues.withUnsafeBufferPointer { leafValues in
                    totals.withUnsafeMutableBufferPointer { totals in
                        for (root, depth) in zip(roots, depths) {
                            var first = 0
                            while first < count {
                                // Rows past the end repeat the last row; their results are dropped.
                                let last = count &- 1
                                let base0 = first &* binWidth
                                let base1 = min(first &+ 1, last) &* binWidth
                                let base2 = min(first &+ 2, last) &* binWidth
                                let base3 = min(first &+ 3, last) &* binWidth
                                let base4 = min(first &+ 4, last) &* binWidth
                                let base5 = min(first &+ 5, last) &* binWidth
                                let base6 = min(first &+ 6, last) &* binWidth
                                let base7 = min(first &+ 7, last) &* binWidth
                                var node0 = Int(root), node1 = node0, node2 = node0, node3 = node0
                                var node4 = node0, node5 = node0, node6 = node0, node7 = node0
                                for _ in 0..<depth {
                                    let next0 = Self.step(nodes[node0], bins, base0)
                                    let next1 = Self.step(nodes[node1], bins, base1)
                                    let next2 = Self.step(nodes[node2], bins, base2)
                                    let next3 = Self.step(nodes[node3], bins, base3)
                                    let next4 = Self.step(nodes[node4], bins, base4)
                                    let next5 = Self.step(nodes[node5], bins, base5)
                                    let next6 = Self.step(nodes[node6], bins, base6)
                                    let next7 = Self.step(nodes[node7], bins, base7)
                                    // A row that stays put sits on its leaf; once all do, the rest
                                    // of the tree's depth would change nothing.
                                    let moved = (next0 ^ node0) | (next1 ^ node1) | (next2 ^ node2) | (next3 ^ node3)
                                        | (next4 ^ node4) | (next5 ^ node5) | (next6 ^ node6) | (next7 ^ node7)
                                    node0 = next0; node1 = next1; node2 = next2; node3 = next3
                                    node4 = next4; node5 = next5; node6 = next6; node7 = next7
                                    if moved == 0 { break }
                                }
                                totals[first] += Double(leafValues[node0])
                                if first &+ 1 < count { totals[first &+ 1] += Double(leafValues[node1]) }
                                if first &+ 2 < count { totals[first &+ 2] += Double(leafValues[node2]) }
                                if first &+ 3 < count { totals[first &+ 3] += Double(leafValues[node3]) }
                                if first &+ 4 < count { totals[first &+ 4] += Double(leafValues[node4]) }
                                if first &+ 5 < count { totals[first &+ 5] += Double(leafValues[node5]) }
                                if first &+ 6 < count { totals[first &+ 6] += Double(leafValues[node6]) }
                                if first &+ 7 < count { totals[first &+ 7] += Double(leafValues[node7]) }
                                first &+= Self.lanes
                            }
                        }
                    }
                }
            }
        }
        return totals
    }

    /// Rows walked together through each tree (the eight `node` chains above): enough independent
    /// load chains to hide their latency, few enough to stay in registers (four were 20% slower
    /// on the dev pages' rows).
    private static let lanes = 8

    /// Every row's bins, `inputWidth` bytes a row.
    private func bins(of rows: UnsafeBufferPointer<Float>, width: Int) -> [UInt8] {
        let count = rows.count / width
        return [UInt8](unsafeUninitializedCapacity: count * inputWidth) { bins, initialized in
            cuts.withUnsafeBufferPointer { cuts in
                for feature in 0..<inputWidth {
                    let start = cutStarts[feature]
                    let end = cutStarts[feature + 1]
                    for row in 0..<count {
                        let value = rows[row &* width &+ feature]
                        bins[row &* inputWidth &+ feature] = UInt8(truncatingIfNeeded: Self.thresholdsBelow(value, cuts, start, end))
                    }
                }
            }
            initialized = count * inputWidth
        }
    }

    /// How many of `cuts[start ..< end]` (ascending) are below `value`; all of them for NaN, which
    /// passes no `<=` test. A binary search whose steps depend only on the count, not the value,
    /// so that it runs without mispredicted branches.
    @inline(__always)
    private static func thresholdsBelow(_ value: Float, _ cuts: UnsafeBufferPointer<Float>, _ start: Int, _ end: Int) -> Int {
        guard start < end else { return 0 }
        if value.isNaN { return end &- start }
        var base = start
        var remaining = end &- start
        while remaining > 1 {
            let half = remaining >> 1
            base = cuts[base &+ half] < value ? base &+ half : base
            remaining &-= half
        }
        return base &- start &+ (cuts[base] < value ? 1 : 0)
    }

    /// The child of `node` that a row whose bins start at `base` goes to (itself for a leaf).
    @inline(__always)
    private static func step(_ node: Node, _ bins: UnsafeBufferPointer<UInt8>, _ base: Int) -> Int {
        Int(UInt16(bins[base &+ Int(node.feature)]) <= node.maximumLeftBin ? node.left : node.right)
    }
}
