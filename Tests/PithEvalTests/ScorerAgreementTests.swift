import Foundation
import PithEval
import PithTestSupport
import Testing

/// `pith eval` must print what `../shared/tools/score.py` prints. The predictions here are made from each
/// dataset's own expectations, degraded differently page by page (words dropped, boilerplate added,
/// fields missing or wrong), so every branch of the metrics is exercised without running extraction.
@Suite struct ScorerAgreementTests {
    @Test(arguments: EvaluationDataset.Kind.allCases)
    func figuresAgreeWithTheReferenceScorer(kind: EvaluationDataset.Kind) throws {
        let folder = SharedData.path(Self.folders[kind]!)
        let dataset = try EvaluationDataset(kind: kind, folder: folder.path)
        var predictions: [String: EvaluationPrediction] = [:]
        for (index, page) in dataset.pages.enumerated() where index % 7 != 0 {
            predictions[page.id] = Self.degradedPrediction(of: page, variant: index)
        }
        let reference = try Self.referenceFigures(kind: kind, folder: folder, predictions: predictions)
        let ours = Scorer.score(dataset, predictions: predictions).figures
        #expect(!reference.isEmpty)
        for (figure, expected) in reference {
            let measured = try #require(ours[figure], "\(figure) missing")
            #expect(abs(measured - expected) < 0.0005, "\(figure): \(measured) vs score.py \(expected)")
        }
    }

    static let folders: [EvaluationDataset.Kind: String] = [
        .wcxb: "data/wcxb-dev", .traf: "data/trafilatura-eval", .dates: "data/htmldate-eval",
    ]

    static func degradedPrediction(of page: EvaluationDataset.Page, variant: Int) -> EvaluationPrediction {
        var words = (page.mainContent ?? page.with.joined(separator: " ")).split(separator: " ")
        if variant % 3 == 1 { words = words.enumerated().filter { $0.offset % 4 != 0 }.map(\.element) }
        var text = words.joined(separator: " ")
        if variant % 5 == 2 { text += " " + page.without.joined(separator: " ") }
        let date = variant % 4 == 3 ? "2001-02-03" : page.date
        return EvaluationPrediction(
            text: text,
            title: variant % 2 == 0 ? page.title : page.title.map { $0 + " | Site" },
            author: variant % 3 == 0 ? nil : page.author,
            date: variant % 6 == 5 ? nil : date
        )
    }

    /// Runs score.py on the predictions and reads its JSON figures under our names.
    static func referenceFigures(
        kind: EvaluationDataset.Kind, folder: URL, predictions: [String: EvaluationPrediction]
    ) throws -> [String: Double] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pith-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let predictionsFile = directory.appendingPathComponent("predictions.json")
        let output = directory.appendingPathComponent("scores.json")
        try Evaluator.predictionsJSON(predictions).write(to: predictionsFile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", SharedData.path("tools/score.py").path, kind.rawValue, folder.path, predictionsFile.path,
            "--json", output.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let results = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let metrics = try #require(results["predictions"] as? [String: Any])
        var figures: [String: Double] = [:]
        let names: [String: String] = switch kind {
        case .wcxb: [
            "f1": "f1", "precision": "precision", "recall": "recall", "with": "with", "without": "without",
            "title_match": "title", "author_match": "author", "date_match": "date",
        ]
        case .traf: ["f": "f", "precision": "precision", "recall": "recall"]
        case .dates: ["accuracy": "accuracy", "precision": "precision"]
        }
        for (theirs, ours) in names { figures[ours] = metrics[theirs] as? Double }
        if let types = metrics["by_type"] as? [String: [String: Any]] {
            for (type, values) in types { figures["f1.\(type)"] = values["f1"] as? Double }
        }
        return figures
    }
}
