public import ArgumentParser
import Foundation
import Pith
import PithEval

/// `pith eval`: Pith's quality on the development sets, with the reference scorer's metrics.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Pith on a development dataset (metrics of ../shared/tools/score.py).",
        discussion: """
            DATASET is wcxb, traf or dates; DIR is its folder, e.g. ../shared/data/wcxb-dev.
            --predictions writes the predictions in the scorer's JSON format, so that
            `python3 ../shared/tools/score.py DATASET DIR FILE` can check the figures.
            With --input text, each page is first rendered to whole-page text by the naive
            renderer (--text-style) and extracted in text mode.
            --baseline checks the figures against the floors pinned in a baseline file
            (Baselines/quality.json) and exits with status 1 when one is broken; with
            --pin-baseline it rewrites that evaluation's bounds from this run instead.
            """
    )

    @Argument(help: "wcxb, traf or dates.")
    var dataset: EvaluationDataset.Kind

    @Argument(help: "The dataset folder.")
    var folder: String

    @Flag(help: "Print F1 per page type (wcxb).")
    var byType = false

    @Option(help: "Write predictions here, in the scorer's JSON format.")
    var predictions: String?

    @Option(help: "Which error to prefer when a block is doubtful: precision, balanced or recall.")
    var favor: ExtractionOptions.Favor = .balanced

    @Option(help: "html, or text: score text mode on naive whole-page text renderings of the pages.")
    var input: InputArgument = .html

    @Option(help: "The naive renderer's layout with --input text (\(NaiveTextRenderer.Style.allCases.map(\.rawValue).joined(separator: ", "))).")
    var textStyle: NaiveTextRenderer.Style = .blocks

    @Option(help: "A quality baseline file to check the figures against.")
    var baseline: String?

    @Option(help: "The baseline's key for this evaluation (default: the dataset name, with -text for --input text).")
    var baselineKey: String?

    @Flag(help: "Rewrite this evaluation's bounds in --baseline from this run (the only way to lower a floor).")
    var pinBaseline = false

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let data = try EvaluationDataset(kind: dataset, folder: folder)
        let extractor = Extractor(options: ExtractionOptions(favor: favor, today: .today))
        let start = ContinuousClock.now
        let (input, renderer) = (input, NaiveTextRenderer(style: textStyle))
        let (predicted, failures) = Evaluator.predict(data, threads: threads) { html, page in
            let article = input.kind(of: html) == .text
                ? extractor.extract(text: renderer.render(html: html), url: page.url)
                : extractor.extract(html: html, url: page.url)
            return EvaluationPrediction(
                text: article.text,
                title: article.title,
                author: article.authorLine,
                date: article.date?.dateString,
                pageType: article.pageType == .other ? nil : article.pageType.rawValue
            )
        }
        let elapsed = (ContinuousClock.now - start).secondsDouble
        if let predictions {
            try Evaluator.predictionsJSON(predicted).write(toFile: predictions, atomically: true, encoding: .utf8)
        }
        for (id, message) in failures.sorted(by: { $0.key < $1.key }) { printError("pith: \(id): \(message)") }
        let report = Scorer.score(data, predictions: predicted)
        print(EvalReportFormatter(byType: byType).format(report, dataset: dataset))
        print(String(format: "%d pages in %.1f s on %d threads", data.pages.count, elapsed, threads))
        if let baseline { try apply(baseline: baseline, to: report) }
    }

    /// Checks the report against the baseline file, or pins it there with `--pin-baseline`.
    private func apply(baseline path: String, to report: EvaluationReport) throws {
        let url = URL(fileURLWithPath: path)
        let key = baselineKey ?? (input == .text ? "\(dataset.rawValue)-text" : dataset.rawValue)
        if pinBaseline {
            let current = FileManager.default.fileExists(atPath: path) ? try QualityBaseline(contentsOf: url) : QualityBaseline()
            try current.pinned(report.figures, for: key, margin: Self.baselineMargin).jsonData().write(to: url)
            print("baseline: pinned \(key) in \(path)")
            return
        }
        let violations = try QualityBaseline(contentsOf: url).violations(of: report.figures, for: key)
        guard violations.isEmpty else {
            for violation in violations { printError("pith: baseline \(key): \(violation)") }
            throw ExitCode(1)
        }
        print("baseline: \(key) holds")
    }

    /// How far under a measured figure its floor is pinned: results are deterministic, so this only
    /// absorbs floating-point and platform differences.
    static let baselineMargin = 0.002
}

extension EvaluationDataset.Kind: ExpressibleByArgument {}

/// Prints reports as tables like the reference scorer's.
struct EvalReportFormatter {
    var byType: Bool

    func format(_ report: EvaluationReport, dataset: EvaluationDataset.Kind) -> String {
        var lines: [String] = []
        if let wcxb = report.wcxb {
            let types = ["article", "forum", "product", "collection", "listing", "documentation", "service"]
            lines.append("F1     P      R      with%  without%  " + types.map { String($0.prefix(5)).padding(toLength: 6, withPad: " ", startingAt: 0) }.joined())
            var row = [wcxb.f1, wcxb.precision, wcxb.recall].map { fixed($0) + "  " }.joined()
            row += (wcxb.withRate.map { percent($0) } ?? "-    ") + "  "
            row += (wcxb.withoutRate.map { percent($0) } ?? "-    ") + "      "
            row += types.map { (wcxb.byType[$0].map { fixed($0.f1) } ?? "-    ") + " " }.joined()
            lines.append(row)
            let metadata = [
                ("title", wcxb.titleMatch), ("author", wcxb.authorMatch), ("date", wcxb.dateMatch),
                ("page_type", wcxb.pageTypeMatch),
            ]
                .compactMap { name, value in value.map { "\(name)_match=\(fixed($0))" } }
            if !metadata.isEmpty { lines.append("metadata exact-match: " + metadata.joined(separator: ", ")) }
            if byType {
                for (type, value) in wcxb.byType.sorted(by: { $0.key < $1.key }) {
                    lines.append("  \(type.padding(toLength: 14, withPad: " ", startingAt: 0)) F1 \(fixed(value.f1))  (\(value.pages) pages)")
                }
            }
        }
        if let snippets = report.snippets {
            lines.append("precision  recall  accuracy  F      F(ws-norm)")
            let normalized = report.snippetsWhitespaceNormalized?.f ?? 0
            lines.append("\(fixed(snippets.precision))      \(fixed(snippets.recall))   \(fixed(snippets.accuracy))     \(fixed(snippets.f))  \(fixed(normalized))")
            lines.append("tp=\(snippets.truePositives) fn=\(snippets.falseNegatives) fp=\(snippets.falsePositives) tn=\(snippets.trueNegatives)")
        }
        if let dates = report.dates {
            lines.append("precision  recall(cov)  accuracy")
            lines.append("\(fixed(dates.precision))      \(fixed(dates.recall))        \(fixed(dates.accuracy))")
            lines.append("correct=\(dates.correct) wrong=\(dates.wrong) missing=\(dates.missing) of \(dates.pages)")
        }
        return lines.joined(separator: "\n")
    }

    private func fixed(_ value: Double) -> String { String(format: "%.3f", value) }
    private func percent(_ value: Double) -> String { String(format: "%5.1f", value * 100) }
}
