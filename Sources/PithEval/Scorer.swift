/// Computes an ``EvaluationReport`` from predictions, mirroring `../shared/tools/score.py`.
public enum Scorer {
    public static func score(_ dataset: EvaluationDataset, predictions: [String: EvaluationPrediction]) -> EvaluationReport {
        var report = EvaluationReport()
        switch dataset.kind {
        case .wcxb: report.wcxb = scoreWCXB(dataset.pages, predictions)
        case .traf:
            report.snippets = scoreSnippets(dataset.pages, predictions, normalizingWhitespace: false)
            report.snippetsWhitespaceNormalized = scoreSnippets(dataset.pages, predictions, normalizingWhitespace: true)
        case .dates: report.dates = scoreDates(dataset.pages, predictions)
        }
        return report
    }

    private static func scoreWCXB(_ pages: [EvaluationDataset.Page], _ predictions: [String: EvaluationPrediction]) -> EvaluationReport.WCXB {
        var result = EvaluationReport.WCXB()
        var withRates: [Double] = []
        var withoutRates: [Double] = []
        var typeScores: [String: [Double]] = [:]
        var matches: [String: (hits: Int, total: Int)] = ["title": (0, 0), "author": (0, 0), "date": (0, 0), "pageType": (0, 0)]
        var fieldPresent: Set<String> = []
        for page in pages {
            let prediction = predictions[page.id]
            let text = prediction?.text ?? ""
            let (precision, recall, f1) = EvaluationMetrics.wordPRF(prediction: text, reference: page.mainContent ?? "")
            result.f1 += f1
            result.precision += precision
            result.recall += recall
            result.pageF1[page.id] = f1
            typeScores[page.pageType ?? "article", default: []].append(f1)
            if !page.with.isEmpty { withRates.append(EvaluationMetrics.snippetRate(text, page.with)) }
            if !page.without.isEmpty { withoutRates.append(EvaluationMetrics.snippetRate(text, page.without)) }
            let fields: [(String, String?, String?)] = [
                ("title", prediction?.title, page.title), ("author", prediction?.author, page.author),
                ("date", prediction?.date, page.date), ("pageType", prediction?.pageType, page.pageType),
            ]
            for (field, predicted, expected) in fields {
                if let predicted, !predicted.isEmpty { fieldPresent.insert(field) }
                guard let expected, !expected.isEmpty else { continue }
                matches[field]!.total += 1
                guard let predicted, !predicted.isEmpty else { continue }
                let hit = field == "date"
                    ? predicted.trimmingSpaces.prefix(10) == expected.trimmingSpaces.prefix(10)
                    : EvaluationMetrics.normalizeSpace(predicted).lowercased() == EvaluationMetrics.normalizeSpace(expected).lowercased()
                if hit { matches[field]!.hits += 1 }
            }
        }
        let count = Double(max(pages.count, 1))
        result.pages = pages.count
        result.f1 /= count
        result.precision /= count
        result.recall /= count
        result.withRate = withRates.isEmpty ? nil : withRates.reduce(0, +) / Double(withRates.count)
        result.withoutRate = withoutRates.isEmpty ? nil : withoutRates.reduce(0, +) / Double(withoutRates.count)
        result.byType = typeScores.mapValues { ($0.reduce(0, +) / Double($0.count), $0.count) }
        func rate(_ field: String) -> Double? {
            guard fieldPresent.contains(field), let (hits, total) = matches[field], total > 0 else { return nil }
            return Double(hits) / Double(total)
        }
        result.titleMatch = rate("title")
        result.authorMatch = rate("author")
        result.dateMatch = rate("date")
        result.pageTypeMatch = rate("pageType")
        return result
    }

    private static func scoreSnippets(
        _ pages: [EvaluationDataset.Page],
        _ predictions: [String: EvaluationPrediction],
        normalizingWhitespace: Bool
    ) -> EvaluationReport.Snippets {
        var result = EvaluationReport.Snippets()
        for page in pages {
            var text = predictions[page.id]?.text ?? ""
            if normalizingWhitespace { text = EvaluationMetrics.normalizeSpace(text) }
            func found(_ snippet: String) -> Bool {
                guard !text.isEmpty else { return false }
                return EvaluationMetrics.containsCodePoints(text, normalizingWhitespace ? EvaluationMetrics.normalizeSpace(snippet) : snippet)
            }
            let hits = page.with.filter(found).count
            let leaks = page.without.filter(found).count
            result.truePositives += hits
            result.falseNegatives += page.with.count - hits
            result.falsePositives += leaks
            result.trueNegatives += page.without.count - leaks
        }
        return result
    }

    private static func scoreDates(_ pages: [EvaluationDataset.Page], _ predictions: [String: EvaluationPrediction]) -> EvaluationReport.Dates {
        var result = EvaluationReport.Dates()
        result.pages = pages.count
        for page in pages {
            let truth = page.date.flatMap(isoDay)
            guard let predicted = predictions[page.id]?.date.flatMap(isoDay) else {
                result.missing += 1
                continue
            }
            if predicted == truth { result.correct += 1 } else { result.wrong += 1 }
        }
        return result
    }

    /// The `YYYY-MM-DD` prefix of an ISO date, if it has one (the scorer's `_norm_date`).
    private static func isoDay(_ value: String) -> String? {
        let trimmed = value.trimmingSpaces
        let head = Array(trimmed.utf8.prefix(10))
        guard head.count == 10, head[4] == UInt8(ascii: "-"), head[7] == UInt8(ascii: "-"),
            [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(head[$0]) })
        else { return nil }
        return String(decoding: head, as: UTF8.self)
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
