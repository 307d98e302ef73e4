import Foundation
import Pith
import PithHTML
import PithTestSupport
import Testing

/// Metadata match rates on the shared dev sets, computed as `../shared/tools/score.py` computes
/// them, held to the floors in ``MetadataFloors``.
///
/// - WCXB dev: title and author exact match after whitespace normalisation and lowercasing, date
///   match on the first ten characters; pages whose ground truth lacks the field do not count.
/// - htmldate eval: date accuracy (correct / all pages).
///
/// Debug builds measure every ``debugStride``th page to stay quick; release builds measure all:
///
///     swift test -c release --filter MetadataDevSetTests
///
/// With `PITH_METADATA_OUT=<folder>` the run also writes `wcxb-predictions.json` and
/// `htmldate-predictions.json` for score.py, and `*-details.jsonl` (one line per page: truth,
/// prediction, sources, every candidate) for looking at misses.
@Suite("Metadata on the dev sets", .serialized)
struct MetadataDevSetTests {
    /// The reference "today" for plausibility: fixed, so runs are reproducible.
    static let now = ArticleDate(year: 2026, month: 11, day: 25)

    #if DEBUG
    static let debugStride = 10
    #else
    static let debugStride = 1
    #endif

    static let outputFolder: URL? = ProcessInfo.processInfo.environment["PITH_METADATA_OUT"].map {
        URL(fileURLWithPath: $0, isDirectory: true)
    }

    /// `PITH_METADATA_PAGE=<file.html[.gz]> [PITH_METADATA_URL=<url>]`: prints one page's metadata
    /// and every candidate, for looking at a miss.
    @Test("one page's candidates", .enabled(if: ProcessInfo.processInfo.environment["PITH_METADATA_PAGE"] != nil))
    func onePage() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = try #require(environment["PITH_METADATA_PAGE"])
        let url = URL(fileURLWithPath: path)
        let bytes = try #require(path.hasSuffix(".gz") ? GzipFile.read(url) : FileManager.default.contents(atPath: path).map(Array.init))
        let document = HTMLParser.parse(utf8: bytes)
        let options = MetadataOptions(now: Self.now)
        let metadata = MetadataExtractor.extract(from: document, url: environment["PITH_METADATA_URL"], options: options)
        print("title: \(metadata.title ?? "-")\nauthors: \(metadata.authors)\npublished: \(metadata.published?.iso8601 ?? "-")")
        print("modified: \(metadata.modified?.iso8601 ?? "-")\nlanguage: \(metadata.language ?? "-")\nsources: \(metadata.sources)")
        print("headline: \(metadata.headlineElement.map { "\($0)" } ?? "-"), byline elements: \(metadata.bylineElements)")
        let report = MetadataExtractor.candidateReport(from: document, url: environment["PITH_METADATA_URL"], options: options)
        for (field, candidates) in report.sorted(by: { $0.key < $1.key }) {
            for candidate in candidates { print("  \(field)  \(candidate.source)  \(candidate.value)") }
        }
    }

    /// `PITH_METADATA_BENCH=1`: single-threaded time of parsing and of metadata extraction over
    /// the WCXB dev pages (run in release; best of two passes).
    @Test("metadata time against parse time", .enabled(if: ProcessInfo.processInfo.environment["PITH_METADATA_BENCH"] != nil))
    func timing() throws {
        let folder = SharedData.path("data/wcxb-dev/html")
        let pages = SharedData.files(in: folder, suffix: ".html.gz").compactMap(GzipFile.read)
        let bytes = pages.reduce(0) { $0 + $1.count }
        var best = (parse: Double.infinity, metadata: Double.infinity)
        for _ in 0..<2 {
            var parseSeconds = 0.0
            var metadataSeconds = 0.0
            var walkSeconds = 0.0
            defer { print("bare walk: \(String(format: "%.3f", walkSeconds)) s") }
            for page in pages {
                let start = DispatchTime.now().uptimeNanoseconds
                let document = HTMLParser.parse(utf8: page)
                let parsed = DispatchTime.now().uptimeNanoseconds
                let metadata = MetadataExtractor.extract(from: document, url: nil, options: MetadataOptions(now: Self.now))
                let done = DispatchTime.now().uptimeNanoseconds
                precondition(metadata.sources.count >= 0)
                var elements = 0
                for event in document.walk(from: .document) {
                    if case .enter(let node) = event, document.kind(of: node) == .element { elements += 1 }
                }
                walkSeconds += Double(DispatchTime.now().uptimeNanoseconds - done) / 1e9
                precondition(elements >= 0)
                parseSeconds += Double(parsed - start) / 1e9
                metadataSeconds += Double(done - parsed) / 1e9
            }
            best = (min(best.parse, parseSeconds), min(best.metadata, metadataSeconds))
        }
        let share = String(format: "%.1f", 100 * best.metadata / best.parse)
        print("pages \(pages.count), \(bytes / 1_000_000) MB: parse \(String(format: "%.3f", best.parse)) s, metadata \(String(format: "%.3f", best.metadata)) s (\(share)% of parse)")
    }

    @Test("WCXB dev: title, author and date match")
    func wcxb() throws {
        let folder = SharedData.path("data/wcxb-dev")
        let truths = SharedData.files(in: folder.appendingPathComponent("ground-truth"), suffix: ".json")
        try #require(truths.count > 1000, "expected the WCXB dev set in ../shared/data/wcxb-dev")
        let sample = truths.enumerated().filter { $0.offset % Self.debugStride == 0 }.map(\.element)
        let results = DevSetRunner.run(sample) { truthURL -> DevSetRunner.Page? in
            guard let data = FileManager.default.contents(atPath: truthURL.path),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let truth = object["ground_truth"] as? [String: Any]
            else { return nil }
            let id = truthURL.deletingPathExtension().lastPathComponent
            return DevSetRunner.Page(
                id: id,
                html: folder.appendingPathComponent("html/\(id).html.gz"),
                url: object["url"] as? String,
                title: truth["title"] as? String,
                author: truth["author"] as? String,
                date: truth["publish_date"] as? String
            )
        }
        let title = MatchRate.of(results, field: \.title)
        let author = MatchRate.of(results, field: \.author)
        let date = MatchRate.of(results, field: \.date)
        print("WCXB dev metadata (\(results.count) pages): title \(title), author \(author), date \(date)")
        DevSetRunner.write(results, name: "wcxb", to: Self.outputFolder)
        #expect(title.rate >= MetadataFloors.wcxbTitle)
        #expect(author.rate >= MetadataFloors.wcxbAuthor)
        #expect(date.rate >= MetadataFloors.wcxbDate)
    }

    @Test("htmldate eval: date accuracy")
    func htmldate() throws {
        let folder = SharedData.path("data/htmldate-eval")
        let data = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("dates.json").path))
        let entries = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: String]])
        let sorted = entries.sorted { $0.key < $1.key }
        let sample = sorted.enumerated().filter { $0.offset % Self.debugStride == 0 }.map(\.element)
        let results = DevSetRunner.run(sample) { entry -> DevSetRunner.Page? in
            guard let file = entry.value["file"] else { return nil }
            return DevSetRunner.Page(
                id: file, html: folder.appendingPathComponent("html/\(file).gz"), url: entry.key, title: nil, author: nil,
                date: entry.value["date"]
            )
        }
        // Accuracy counts every page, found or not (score.py's `dates`).
        let correct = results.filter { $0.predictedDate != nil && $0.predictedDate == $0.page.date.map { String($0.prefix(10)) } }.count
        let accuracy = Double(correct) / Double(max(sample.count, 1))
        print("htmldate eval (\(sample.count) pages): date accuracy \(String(format: "%.4f", accuracy)) (\(correct) correct)")
        DevSetRunner.write(results, name: "htmldate", to: Self.outputFolder)
        #expect(accuracy >= MetadataFloors.htmldateAccuracy)
    }
}

/// A match rate over the pages whose ground truth has the field.
struct MatchRate: CustomStringConvertible {
    var matched = 0
    var total = 0
    var rate: Double { total == 0 ? 0 : Double(matched) / Double(total) }
    var description: String { String(format: "%.4f", rate) + " (\(matched)/\(total))" }

    static func of(_ results: [DevSetRunner.Result], field: KeyPath<DevSetRunner.Result, (truth: String?, predicted: String?)>) -> MatchRate {
        var rate = MatchRate()
        for result in results {
            let (truth, predicted) = result[keyPath: field]
            guard let truth, !truth.isEmpty else { continue }
            rate.total += 1
            if let predicted, ScoreNormalization.matches(predicted, truth) { rate.matched += 1 }
        }
        return rate
    }
}

/// score.py's comparisons.
enum ScoreNormalization {
    /// `_norm_space(a).lower() == _norm_space(b).lower()`.
    static func matches(_ a: String, _ b: String) -> Bool { normalized(a) == normalized(b) }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}

/// Runs the metadata extractor over dataset pages in parallel.
enum DevSetRunner {
    struct Page: Sendable {
        var id: String
        var html: URL
        var url: String?
        var title: String?
        var author: String?
        /// `YYYY-MM-DD`.
        var date: String?
    }

    struct Result: @unchecked Sendable {
        var page: Page
        var metadata: PageMetadata
        var report: [String: [(source: String, value: String)]]
        var seconds: Double

        var predictedDate: String? { metadata.bestDate?.dateString }
        var title: (truth: String?, predicted: String?) { (page.title, metadata.title) }
        var author: (truth: String?, predicted: String?) { (page.author, metadata.authorLine) }
        var date: (truth: String?, predicted: String?) {
            (page.date.map { String($0.prefix(10)) }, predictedDate)
        }
    }

    static func run<Item: Sendable>(_ items: [Item], page: @Sendable (Item) -> Page?) -> [Result] {
        let box = ResultBox(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            guard let page = page(items[index]), let bytes = GzipFile.read(page.html) else { return }
            let document = HTMLParser.parse(utf8: bytes)
            let options = MetadataOptions(now: MetadataDevSetTests.now)
            let start = DispatchTime.now()
            let metadata = MetadataExtractor.extract(from: document, url: page.url, options: options)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let report = MetadataDevSetTests.outputFolder == nil
                ? [:] : MetadataExtractor.candidateReport(from: document, url: page.url, options: options)
            box.set(index, Result(page: page, metadata: metadata, report: report, seconds: seconds))
        }
        let results = box.results.compactMap { $0 }
        let total = results.reduce(0) { $0 + $1.seconds }
        print("metadata: \(results.count) pages, \(String(format: "%.2f", total * 1000 / Double(max(results.count, 1)))) ms a page")
        return results
    }

    /// Writes predictions for score.py and per-page details, when a folder is given.
    static func write(_ results: [Result], name: String, to folder: URL?) {
        guard let folder else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var predictions: [String: Any] = [:]
        var lines: [String] = []
        for result in results {
            let metadata = result.metadata
            predictions[result.page.id] = [
                "title": metadata.title as Any, "author": metadata.authorLine as Any, "date": result.predictedDate as Any,
            ]
            var detail: [String: Any] = [
                "id": result.page.id, "url": result.page.url as Any,
                "truth": ["title": result.page.title as Any, "author": result.page.author as Any, "date": result.page.date as Any],
                "predicted": [
                    "title": metadata.title as Any, "authors": metadata.authors, "published": metadata.published?.iso8601 as Any,
                    "modified": metadata.modified?.iso8601 as Any, "language": metadata.language as Any,
                    "siteName": metadata.siteName as Any, "url": metadata.url as Any,
                ],
                "sources": metadata.sources,
                "pageTypeHints": metadata.pageTypeHints,
            ]
            detail["candidates"] = result.report.mapValues { $0.map { ["source": $0.source, "value": $0.value] } }
            if let data = try? JSONSerialization.data(withJSONObject: detail, options: [.sortedKeys]) {
                lines.append(String(decoding: data, as: UTF8.self))
            }
        }
        if let data = try? JSONSerialization.data(withJSONObject: predictions, options: [.sortedKeys]) {
            try? data.write(to: folder.appendingPathComponent("\(name)-predictions.json"))
        }
        try? (lines.joined(separator: "\n") + "\n").write(
            to: folder.appendingPathComponent("\(name)-details.jsonl"), atomically: true, encoding: .utf8)
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var results: [Result?]
        init(count: Int) { results = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ result: Result) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }
    }
}
