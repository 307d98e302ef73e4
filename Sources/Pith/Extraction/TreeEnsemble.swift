/// A gradient-boosted tree ensemble, as `Scripts/model/train_block_model.py` writes it: each tree
/// is a root index; inner nodes test `features[node] <= thresholds[node]` and go left or right;
/// leaves (feature -1) add their value to the log-odds.
///
/// The generated parallel arrays are packed once into one array of 16-byte nodes in which a leaf
/// is its own left and right child. A walk then takes exactly its tree's depth in steps with no
/// branch on the path, so that ``logOdds(rows:width:)`` walks each tree for several rows at once
/// and their memory loads overlap. Each row's leaf values are still summed in tree order, so the
/// result is the same as walking one row at a time.
struct TreeEnsemble: Sendable {
    /// One tree node: an inner node's test and children, or a leaf's value (in `threshold`) with
    /// itself as both children.
    private struct Node {
        var threshold: Float
        var feature: Int32
        var left: Int32
        var right: Int32
    }

    private let roots: [Int32]
    /// The number of steps from each root to its deepest leaf.
    private let depths: [Int]
    private let nodes: [Node]
    /// How many input columns the ensemble reads: one more than the largest feature index it tests.
    let inputWidth: Int

    /// The ensemble in the generated layout (see the type's summary).
    init(roots: [Int32], features: [Int16], thresholds: [Float], leftChildren: [Int32], rightChildren: [Int32], leafValues: [Float]) {
        precondition(
            [thresholds.count, leftChildren.count, rightChildren.count, leafValues.count].allSatisfy { $0 == features.count },
            "tree ensemble arrays differ in length"
        )
        self.roots = roots
        inputWidth = Int(features.max() ?? -1) + 1
        nodes = features.indices.map { index in
            features[index] >= 0
                ? Node(threshold: thresholds[index], feature: Int32(features[index]), left: leftChildren[index], right: rightChildren[index])
                : Node(threshold: leafValues[index], feature: 0, left: Int32(index), right: Int32(index))
        }
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
    /// - Complexity: O(rows × trees × depth), with `lanes` rows walked together.
    func logOdds(rows: UnsafeBufferPointer<Float>, width: Int) -> [Double] {
        precondition(width > 0 && rows.count % width == 0, "rows must be whole rows of `width` columns")
        precondition(width >= inputWidth, "rows are narrower than the columns the ensemble reads")
        let count = rows.count / width
        var totals = [Double](repeating: 0, count: count)
        guard count > 0 else { return totals }
        nodes.withUnsafeBufferPointer { nodes in
            totals.withUnsafeMutableBufferPointer { totals in
                for (root, depth) in zip(roots, depths) {
                    var first = 0
                    while first < count {
                        // Rows past the end repeat the last row; their results are dropped.
                        let base0 = first * width
                        let base1 = min(first + 1, count - 1) * width
                        let base2 = min(first + 2, count - 1) * width
                        let base3 = min(first + 3, count - 1) * width
                        var node0 = Int(root)
                        var node1 = node0
                        var node2 = node0
                        var node3 = node0
                        for _ in 0..<depth {
                            node0 = Self.step(nodes[node0], rows, base0)
                            node1 = Self.step(nodes[node1], rows, base1)
                            node2 = Self.step(nodes[node2], rows, base2)
                            node3 = Self.step(nodes[node3], rows, base3)
                        }
                        totals[first] += Double(nodes[node0].threshold)
                        if first + 1 < count { totals[first + 1] += Double(nodes[node1].threshold) }
                        if first + 2 < count { totals[first + 2] += Double(nodes[node2].threshold) }
                        if first + 3 < count { totals[first + 3] += Double(nodes[node3].threshold) }
                        first += Self.lanes
                    }
                }
            }
        }
        return totals
    }

    /// Rows walked together through each tree (the four `node` chains above).
    private static let lanes = 4

    /// The child of `node` that a row starting at `base` goes to (itself for a leaf).
    @inline(__always)
    private static func step(_ node: Node, _ rows: UnsafeBufferPointer<Float>, _ base: Int) -> Int {
        Int(rows[base + Int(node.feature)] <= node.threshold ? node.left : node.right)
    }
}
