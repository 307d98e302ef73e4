public import Foundation
import PithBatch

/// Runs a prediction function over every page of a dataset, on several threads.
public enum Evaluator {
    /// Predictions for every page, keyed by page id. Pages that cannot be read predict nothing
    /// (the scorer counts them as empty output) and are listed in `failures`.
    public static func predict(
        _ dataset: EvaluationDataset,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ predictor: @Sendable (_ html: [UInt8], _ page: EvaluationDataset.Page) -> EvaluationPrediction
    ) -> (predictions: [String: EvaluationPrediction], failures: [String: String]) {
        let pages = dataset.pages
        let results = ResultSlots(count: pages.count)
        let workers = max(1, min(threads, pages.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < pages.count {
                let page = pages[index]
                do {
                    let compressed = try Array(Data(contentsOf: URL(fileURLWithPath: page.htmlPath)))
                    let html = compressed.starts(with: [0x1F, 0x8B]) ? try GzipReader.decompressAll(compressed) : compressed
                    results.set(index, .success(predictor(html, page)))
                } catch {
                    results.set(index, .failure(EvaluationError("\(error)")))
                }
                index += workers
            }
        }
        var predictions: [String: EvaluationPrediction] = [:]
        var failures: [String: String] = [:]
        for (page, result) in zip(pages, results.values) {
            switch result {
            case .success(let prediction): predictions[page.id] = prediction
            case .failure(let error): failures[page.id] = error.description
            case nil: failures[page.id] = "not processed"
            }
        }
        return (predictions, failures)
    }

    /// Predictions in the scorer's JSON format (`{"<id>": {"text", "title", "author", "date", "page_type"}}`;
    /// the scorer ignores `page_type`).
    public static func predictionsJSON(_ predictions: [String: EvaluationPrediction]) -> String {
        var object: [String: [String: String]] = [:]
        for (id, prediction) in predictions {
            var entry = ["text": prediction.text]
            if let title = prediction.title { entry["title"] = title }
            if let author = prediction.author { entry["author"] = author }
            if let date = prediction.date { entry["date"] = date }
            if let pageType = prediction.pageType { entry["page_type"] = pageType }
            object[id] = entry
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Result slots filled from several threads, one slot per index.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<EvaluationPrediction, EvaluationError>?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<EvaluationPrediction, EvaluationError>) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
}
