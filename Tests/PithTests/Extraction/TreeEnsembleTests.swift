import Testing
@testable import Pith

/// `TreeEnsemble` walks its trees as the generated arrays describe, one row or many at a time.
@Suite("TreeEnsemble")
struct TreeEnsembleTests {
    /// Tree 0: `x0 <= 0.5 ? 1 : (x1 <= 2 ? -2 : 3)`, leaves at depths 1 and 2.
    /// Tree 1: a lone leaf of 0.25.
    static let ensemble = TreeEnsemble(
        roots: [0, 5],
        features: [0, -1, 1, -1, -1, -1],
        thresholds: [0.5, 0, 2, 0, 0, 0],
        leftChildren: [1, -1, 3, -1, -1, -1],
        rightChildren: [2, -1, 4, -1, -1, -1],
        leafValues: [0, 1, 0, -2, 3, 0.25]
    )

    @Test("one row takes the path its values choose", arguments: [
        ([0.5, 9], 1.25), ([0.6, 2], -1.75), ([0.6, 2.5], 3.25), ([-1, -1], 1.25),
    ] as [([Float], Double)])
    func oneRow(row: [Float], expected: Double) {
        #expect(row.withUnsafeBufferPointer { Self.ensemble.logOdds($0) } == expected)
    }

    @Test("a matrix of rows gives each row's own log-odds, for any row count", arguments: 0...9)
    func manyRows(count: Int) {
        let rows: [[Float]] = (0..<count).map { [Float($0 % 3) * 0.4, Float($0)] }
        let matrix = rows.flatMap { $0 }
        let batch = matrix.withUnsafeBufferPointer { Self.ensemble.logOdds(rows: $0, width: 2) }
        #expect(batch == rows.map { row -> Double in (row[0] <= 0.5 ? 1 : (row[1] <= 2 ? -2 : 3)) + 0.25 })
    }

    /// Tree 0 tests feature 0 against 1 and -0.0, tree 1 tests it against 1 again and feature 1
    /// against 0.0: shared thresholds and both zeros land in the same bins.
    static let sharedThresholds = TreeEnsemble(
        roots: [0, 5],
        features: [0, 0, -1, -1, -1, 0, -1, 1, -1, -1],
        thresholds: [1, -0.0, 0, 0, 0, 1, 0, 0.0, 0, 0],
        leftChildren: [1, 2, -1, -1, -1, 6, -1, 8, -1, -1],
        rightChildren: [4, 3, -1, -1, -1, 7, -1, 9, -1, -1],
        leafValues: [0, 0, 1, 2, 4, 0, 8, 0, 16, 32]
    )

    /// The trees walked on floats, node by node, as the generated arrays describe them.
    static func referenceLogOdds(_ row: [Float]) -> Double {
        (row[0] <= 1 ? (row[0] <= -0.0 ? 1 : 2) : 4) + (row[0] <= 1 ? 8 : (row[1] <= 0.0 ? 16 : 32))
    }

    @Test("values at, between and beyond thresholds, zeros, infinities and NaN take the float tests' paths")
    func binnedDecisions() {
        let values: [Float] = [-.infinity, -2, -0.0, 0.0, .leastNonzeroMagnitude, 0.5, 1, 1.0000001, 3, .infinity, .nan]
        let rows: [[Float]] = values.flatMap { first in values.map { [first, $0] } }
        let batch = rows.flatMap { $0 }.withUnsafeBufferPointer { Self.sharedThresholds.logOdds(rows: $0, width: 2) }
        #expect(batch == rows.map(Self.referenceLogOdds))
    }
}
