import ArgumentParser
import Foundation
import Pith
import PithHTML

/// `pith bench extract DIR`: extraction throughput, and the share of it spent on metadata.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract every page of a folder single-threaded; report pages/s and the metadata share.",
        discussion: """
            Pages are loaded into memory first. Each run times, per page, parsing, the whole
            extraction of the parsed document (body and metadata), and metadata extraction alone;
            the best run of each is reported.
            """
    )

    @Argument(help: "A folder of .html or .html.gz pages (searched recursively).")
    var folder: String

    @Option(help: "Run over the whole set this many times and report the best run.")
    var runs: Int = 3

    @Option(help: "Use at most this many pages.")
    var limit: Int?

    func run() throws {
        let (_, pages) = try BenchInputs.loadPages(in: folder, limit: limit)
        let totalBytes = pages.reduce(0) { $0 + $1.count }
        let today = ArticleDate.today
        let extractor = Extractor(options: ExtractionOptions(today: today))
        let metadataOptions = MetadataOptions(now: today)
        let clock = ContinuousClock()
        var best = (parse: Duration.seconds(1_000_000), extract: Duration.seconds(1_000_000), metadata: Duration.seconds(1_000_000))
        // Counted so that the results are used, and printed as a check on the run.
        var fieldsFound = 0
        var blocksKept = 0
        for _ in 0..<max(1, runs) {
            var parse = Duration.zero
            var extract = Duration.zero
            var metadata = Duration.zero
            fieldsFound = 0
            blocksKept = 0
            for page in pages {
                var document: Document?
                parse += clock.measure { document = HTMLParser.parse(bytes: page) }
                guard let document else { continue }
                extract += clock.measure { blocksKept += extractor.extract(document: document).body.count }
                metadata += clock.measure { fieldsFound += MetadataExtractor.extract(from: document, url: nil, options: metadataOptions).sources.count }
            }
            best = (min(best.parse, parse), min(best.extract, extract), min(best.metadata, metadata))
        }
        let extractSeconds = best.extract.secondsDouble
        let total = best.parse.secondsDouble + extractSeconds
        print("pages:        \(pages.count) (\(String(format: "%.1f", Double(totalBytes) / 1e6)) MB), best of \(max(1, runs))")
        print("parse:        \(String(format: "%.3f", best.parse.secondsDouble)) s")
        print("extract:      \(String(format: "%.3f", extractSeconds)) s (body and metadata, parsed document), \(blocksKept) blocks kept")
        print("metadata:     \(String(format: "%.3f", best.metadata.secondsDouble)) s alone, \(fieldsFound) fields found")
        print("throughput:   \(String(format: "%.1f", Double(totalBytes) / 1e6 / total)) MB/s, \(String(format: "%.0f", Double(pages.count) / total)) pages/s (parse + extract)")
        print("metadata share: \(String(format: "%.1f", 100 * best.metadata.secondsDouble / extractSeconds))% of extraction, \(String(format: "%.1f", 100 * best.metadata.secondsDouble / total))% of parse + extraction")
    }
}
