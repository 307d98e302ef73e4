public import Foundation

/// The quality floors CI holds, pinned in one file (`Baselines/quality.json`).
///
/// Each evaluation (a dataset, optionally in a mode, e.g. `wcxb` or `wcxb-text`) has floors for the figures
/// where higher is better and ceilings for those where lower is better (``EvaluationReport/figures``).
/// A check never changes the file: only ``pinned(_:for:margin:)``, behind an explicit CLI flag, moves a
/// bound, so a regression cannot pass by accident.
public struct QualityBaseline: Codable, Sendable, Equatable {
    /// The minimum of each figure, by evaluation key.
    public var floors: [String: [String: Double]]
    /// The maximum of each figure, by evaluation key.
    public var ceilings: [String: [String: Double]]

    /// Figures where a lower value is better; they get ceilings instead of floors.
    public static let lowerIsBetter: Set<String> = ["without"]

    /// A figure that fell below its floor or rose above its ceiling.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        public let figure: String
        public let measured: Double?
        public let bound: Double
        public let isCeiling: Bool

        public var description: String {
            let value = measured.map { String(format: "%.4f", $0) } ?? "missing"
            return "\(figure) = \(value), \(isCeiling ? "ceiling" : "floor") \(String(format: "%.4f", bound))"
        }
    }

    public init(floors: [String: [String: Double]] = [:], ceilings: [String: [String: Double]] = [:]) {
        self.floors = floors
        self.ceilings = ceilings
    }

    /// Reads a baseline file.
    public init(contentsOf url: URL) throws {
        self = try JSONDecoder().decode(Self.self, from: Data(contentsOf: url))
    }

    /// The baseline as stable, reviewable JSON (sorted keys, one figure per line).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// The bounds `figures` break for the evaluation `key` (none when the key has no bounds).
    public func violations(of figures: [String: Double], for key: String) -> [Violation] {
        var violations: [Violation] = []
        for (bounds, isCeiling) in [(floors[key] ?? [:], false), (ceilings[key] ?? [:], true)] {
            for (figure, bound) in bounds {
                let measured = figures[figure]
                // A missing figure breaks its bound: a check must not pass because a metric vanished.
                let holds = measured.map { isCeiling ? $0 <= bound : $0 >= bound } ?? false
                if !holds { violations.append(Violation(figure: figure, measured: measured, bound: bound, isCeiling: isCeiling)) }
            }
        }
        return violations.sorted { $0.figure < $1.figure }
    }

    /// This baseline with the bounds of `key` replaced by `figures`, each moved by `margin` in the
    /// forgiving direction and rounded to four decimals, so that harmless noise does not fail CI.
    public func pinned(_ figures: [String: Double], for key: String, margin: Double) -> Self {
        var copy = self
        copy.floors[key] = figures.filter { !Self.lowerIsBetter.contains($0.key) }
            .mapValues { max(0, (($0 - margin) * 10_000).rounded() / 10_000) }
        copy.ceilings[key] = figures.filter { Self.lowerIsBetter.contains($0.key) }
            .mapValues { min(1, (($0 + margin) * 10_000).rounded() / 10_000) }
        if copy.ceilings[key]?.isEmpty == true { copy.ceilings[key] = nil }
        return copy
    }
}
