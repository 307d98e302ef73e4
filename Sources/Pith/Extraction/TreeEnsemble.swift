/// A gradient-boosted tree ensemble, as `Scripts/model/train_block_model.py` writes it: each tree
/// is a root index; inner nodes test `features[node] <= thresholds[node]` and go left or right;
/// leaves (feature -1) add their value to the log-odds.
///
/// The trees are evaluated over small integers instead of floats, with exactly the same
/// decisions: each feature's distinct thresholds, sorted, cut its values into bins, a value's bin
/// being the number of thresholds below it (NaN, which passes no `<=` test, goes past the last
/// one). A value is at most the feature's `i`-th threshold exactly when its bin is at most `i`.
///
/// No tree is walked node by node (a chain of dependent loads). Instead, after QuickScorer
/// (Lucchese et al., "QuickScorer: a fast algorithm to rank documents with additive ensembles of
/// regression trees", SIGIR 2015), each tree's leaves are numbered left to right and each row
/// starts with every leaf of every tree possible, one bit a leaf. Every test the row fails (it
/// goes right) rules out the leaves of that node's left subtree. The row's leaf in a tree is then
/// the leftmost one left: the row goes left at every node above it that it does not fail, and
/// any leaf further left sits in the left subtree of a node it fails. A feature's tests are kept
/// sorted by threshold, so the tests a row fails are a prefix of them, whose end the row's bin
/// looks up: the work is a run of independent bit-clearing steps with no data-dependent branch.
///
/// Eight rows go through the tests together, one lane each of a SIMD vector of leaf sets; a
/// test is applied to the lanes whose rows fail it. Neighbouring blocks of a page have similar
/// features, so eight rows fail little more than one row's tests (2,760 against 2,210 of stage
/// 1's 6,000 on the dev pages). Each row's leaf values are summed in tree order, as a walk would.
struct TreeEnsemble: Sendable {
    /// An inner node, filed under its feature: the leaves a row that fails its test cannot reach.
    private struct Test {
        /// The tree's leaf bits with those of the node's left subtree cleared.
        var reachable: UInt32
        var tree: UInt32
    }

    /// One tree's leaf bits (leftmost leaf lowest) for each of ``lanes`` rows.
    private typealias LeafSets = SIMD8<UInt32>
    /// Where each of ``lanes`` rows' failed tests of a feature end (indices into `tests`).
    private typealias TestEnds = SIMD8<Int32>
    /// Rows evaluated together: the lanes of a SIMD vector.
    private static let lanes = TestEnds.scalarCount

    /// Each feature's tests, ordered by threshold: `tests[testStarts[f] ..< testStarts[f + 1]]`.
    private let tests: [Test]
    private let testStarts: [Int]
    /// For feature `f` and bin `b`, where the tests that a value in bin `b` fails end (the tests
    /// of thresholds below the value): `failedEnds[failedEndStarts[f] + b]`.
    private let failedEnds: [Int32]
    private let failedEndStarts: [Int]
    /// Each tree's leaves, all possible, before any test rules one out.
    private let allLeaves: [LeafSets]
    /// Each tree's leaf values, left to right: `leafValues[leafStarts[t] + leaf]`.
    private let leafValues: [Float]
    private let leafStarts: [Int]
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
        precondition(features.count <= Int(Int32.max), "tree ensemble has more nodes than 32-bit indices address")
        let inputWidth = Int(features.max() ?? -1) + 1
        self.inputWidth = inputWidth
        var thresholdsByFeature = [[Float]](repeating: [], count: inputWidth)
        for (feature, threshold) in zip(features, thresholds) where feature >= 0 {
            thresholdsByFeature[Int(feature)].append(threshold)
        }
        thresholdsByFeature = thresholdsByFeature.map { Array(Set($0)).sorted() }
        cuts = thresholdsByFeature.flatMap { $0 }
        cutStarts = thresholdsByFeature.reduce(into: [0]) { $0.append($0.last! + $1.count) }

        // Number each tree's leaves left to right, in order with an explicit stack (the input is
        // generated data, but no walk here recurses), and note each inner node's left leaves.
        var testsByFeature = [[(maximumLeftBin: Int, test: Test)]](repeating: [], count: inputWidth)
        var allLeaves: [LeafSets] = []
        var orderedLeafValues: [Float] = []
        var leafStarts: [Int] = []
        for (tree, root) in roots.enumerated() {
            leafStarts.append(orderedLeafValues.count)
            // Inner nodes on the stack wait for their left subtree's leaves to be numbered.
            var pending: [(node: Int, firstLeftLeaf: Int)] = []
            var node: Int? = Int(root)
            var treeTests: [(feature: Int, maximumLeftBin: Int, firstLeftLeaf: Int, leftLeafEnd: Int)] = []
            var leafCount = 0
            var visited = 0
            while node != nil || !pending.isEmpty {
                if node != nil {
                    visited += 1
                    precondition(visited <= features.count, "tree ensemble has a cycle")
                }
                if let inner = node, features[inner] >= 0 {
                    pending.append((inner, leafCount))
                    node = Int(leftChildren[inner])
                } else if let leaf = node {
                    orderedLeafValues.append(leafValues[leaf])
                    leafCount += 1
                    node = nil
                } else {
                    let (inner, firstLeftLeaf) = pending.removeLast()
                    let feature = Int(features[inner])
                    // The threshold's position among its feature's thresholds is the highest bin at or below it.
                    let maximumLeftBin = thresholdsByFeature[feature].firstIndex(of: thresholds[inner])!
                    treeTests.append((feature, maximumLeftBin, firstLeftLeaf, leafCount))
                    node = Int(rightChildren[inner])
                }
            }
            precondition(leafCount <= UInt32.bitWidth, "a tree has more leaves than a leaf set holds (the training scripts use at most 31)")
            let everyLeaf = UInt32.max >> (UInt32.bitWidth - leafCount)
            allLeaves.append(LeafSets(repeating: everyLeaf))
            for test in treeTests {
                let leftLeaves = Self.bits(test.firstLeftLeaf..<test.leftLeafEnd)
                testsByFeature[test.feature].append((test.maximumLeftBin, Test(reachable: everyLeaf & ~leftLeaves, tree: UInt32(tree))))
            }
        }
        self.allLeaves = allLeaves
        self.leafValues = orderedLeafValues
        self.leafStarts = leafStarts

        var tests: [Test] = []
        var testStarts: [Int] = []
        var failedEnds: [Int32] = []
        var failedEndStarts: [Int] = []
        for (feature, featureTests) in testsByFeature.enumerated() {
            // Tests of equal thresholds may come in any order: clearing bits commutes.
            let sorted = featureTests.sorted { $0.maximumLeftBin < $1.maximumLeftBin }
            testStarts.append(tests.count)
            failedEndStarts.append(failedEnds.count)
            // A value in bin `b` fails the tests whose highest left bin is below `b`.
            var failed = 0
            for bin in 0...thresholdsByFeature[feature].count {
                while failed < sorted.count, sorted[failed].maximumLeftBin < bin { failed += 1 }
                failedEnds.append(Int32(tests.count + failed))
            }
            tests += sorted.map(\.test)
        }
        testStarts.append(tests.count)
        self.tests = tests
        self.testStarts = testStarts
        self.failedEnds = failedEnds
        self.failedEndStarts = failedEndStarts
    }

    /// The bits of `leaves`, leftmost leaf lowest.
    private static func bits(_ leaves: Range<Int>) -> UInt32 {
        leaves.reduce(0) { $0 | 1 << $1 }
    }

    /// The ensemble's log-odds for one row of inputs.
    func logOdds(_ row: UnsafeBufferPointer<Float>) -> Double {
        logOdds(rows: row, width: row.count)[0]
    }

    /// The ensemble's log-odds for each row of a row-major matrix `width` columns wide.
    ///
    /// - Complexity: O(rows × (trees + columns × log thresholds) + failed tests), where eight
    ///   neighbouring rows share one pass over the tests that any of them fails.
    func logOdds(rows: UnsafeBufferPointer<Float>, width: Int) -> [Double] {
        precondition(width > 0 && rows.count % width == 0, "rows must be whole rows of `width` columns")
        precondition(width >= inputWidth, "rows are narrower than the columns the ensemble reads")
        let count = rows.count / width
        var totals = [Double](repeating: 0, count: count)
        guard count > 0 else { return totals }
        let testEnds = self.testEnds(of: rows, width: width)
        var reachable = allLeaves
        tests.withUnsafeBufferPointer { tests in
            testEnds.withUnsafeBytes { testEnds in
                leafValues.withUnsafeBufferPointer { leafValues in
                    reachable.withUnsafeMutableBufferPointer { reachable in
                        for first in stride(from: 0, to: count, by: Self.lanes) {
                            _ = reachable.update(fromContentsOf: allLeaves)
                            let group = first / Self.lanes
                            for feature in 0..<inputWidth {
                                let ends = testEnds.loadUnaligned(
                                    fromByteOffset: (group &* inputWidth &+ feature) &* MemoryLayout<TestEnds>.stride, as: TestEnds.self
                                )
                                for index in testStarts[feature]..<Int(ends.max()) {
                                    let test = tests[index]
                                    let fails = TestEnds(repeating: Int32(truncatingIfNeeded: index)) .< ends
                                    reachable[Int(test.tree)] &= LeafSets(repeating: ~0).replacing(with: test.reachable, where: fails)
                                }
                            }
                            for lane in 0..<min(Self.lanes, count &- first) {
                                var total = 0.0
                                for tree in 0..<reachable.count {
                                    total += Double(leafValues[leafStarts[tree] &+ reachable[tree][lane].trailingZeroBitCount])
                                }
                                totals[first &+ lane] = total
                            }
                        }
                    }
                }
            }
        }
        return totals
    }

    /// For each group of ``lanes`` rows and each feature, where each row's failed tests of that
    /// feature end: ``lanes`` values a feature, the features of a group one after another. Lanes
    /// past the last row fail no test; their results are dropped.
    private func testEnds(of rows: UnsafeBufferPointer<Float>, width: Int) -> [Int32] {
        let count = rows.count / width
        let lanes = Self.lanes
        let groups = (count + lanes - 1) / lanes
        return [Int32](unsafeUninitializedCapacity: groups * inputWidth * lanes) { ends, initialized in
            cuts.withUnsafeBufferPointer { cuts in
                failedEnds.withUnsafeBufferPointer { failedEnds in
                    // Row by row, so that one row's binary searches (independent of each other)
                    // overlap; lane by lane in memory, never through a vector register.
                    for slot in 0..<(groups &* lanes) {
                        let (group, lane) = slot.quotientAndRemainder(dividingBy: lanes)
                        for feature in 0..<inputWidth {
                            let failed: Int32
                            if slot < count {
                                let bin = Self.thresholdsBelow(rows[slot &* width &+ feature], cuts, cutStarts[feature], cutStarts[feature &+ 1])
                                failed = failedEnds[failedEndStarts[feature] &+ bin]
                            } else {
                                failed = Int32(truncatingIfNeeded: testStarts[feature])
                            }
                            ends[(group &* inputWidth &+ feature) &* lanes &+ lane] = failed
                        }
                    }
                }
            }
            initialized = groups * inputWidth * lanes
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
}
