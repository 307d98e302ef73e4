import ArgumentParser
import Foundation
import Pith
import PithHTML

/// `pith bench extract DIR`: extraction throughput over a folder of pages, parse and extraction apart.
struct BenchExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract every page of a folder single-threaded; report pages/s, MB/s, peak RSS.",
        discussion: """
            Pages are loaded into memory first, so only parsing and extraction are timed. The
            whole job (bytes to Article, as `pith extract` does it) is timed per run, in wall time
            and in this process's CPU time (the steadier figure when other work shares the cores);
            each run then times parsing and metadata extraction alone to show their shares, each
            figure the best of the runs.
            """
    )

    @Argument(help: "A folder of .html or .html.gz pages (searched recursively).")
    var folder: String

    @Option(help: "Extract the whole set this many times and report the best run.")
    var runs: Int = 1

    @Option(help: "Use at most this many pages.")
    var limit: Int?

    func run() throws {
        let (_, pages) = try BenchInputs.loadPages(in: folder, limit: limit)
        let totalBytes = pages.reduce(0) { $0 + $1.count }
        let rssBefore = peakResidentSetBytes()
        let today = ArticleDate.today
        let extractor = Extractor(options: ExtractionOptions(today: today))
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000_000)
        var bestCPUSeconds = Double.infinity
        var parsing = Duration.seconds(1_000_000)
        var metadata = Duration.seconds(1_000_000)
        var textBytes = 0
        var metadataFields = 0
        // Each run times the whole job, then parsing and metadata alone, and each figure keeps its
        // best run: shares taken from runs side by side, not a quiet run against a noisy one.
        for _ in 0..<max(1, runs) {
            textBytes = 0
            let cpuBefore = processCPUSeconds()
            let elapsed = clock.measure {
                for page in pages { textBytes += extractor.extract(html: page).text.utf8.count }
            }
            best = min(best, elapsed)
            bestCPUSeconds = min(bestCPUSeconds, processCPUSeconds() - cpuBefore)
            var runParsing = Duration.zero
            var runMetadata = Duration.zero
            metadataFields = 0
            for page in pages {
                var document: Document?
                runParsing += clock.measure { document = HTMLParser.parse(bytes: page) }
                guard let document else { continue }
                runMetadata += clock.measure {
                    metadataFields += MetadataExtractor.extract(from: document, url: nil, options: MetadataOptions(now: today)).sources.count
                }
            }
            parsing = min(parsing, runParsing)
            metadata = min(metadata, runMetadata)
        }
        let seconds = best.secondsDouble
        let share = parsing.secondsDouble / seconds * 100
        let metadataShare = metadata.secondsDouble / seconds * 100
        print("pages:        \(pages.count) (\(String(format: "%.1f", Double(totalBytes) / 1e6)) MB in, \(textBytes / 1000) KB of text out)")
        print("time:         \(String(format: "%.3f", seconds)) s (best of \(max(1, runs))), parsing \(String(format: "%.0f", share))% of it, metadata \(String(format: "%.1f", metadataShare))% (\(metadataFields) fields)")
        print("throughput:   \(String(format: "%.1f", Double(pages.count) / seconds)) pages/s, \(String(format: "%.1f", Double(totalBytes) / 1e6 / seconds)) MB/s")
        print("over CPU time: \(String(format: "%.1f", Double(pages.count) / bestCPUSeconds)) pages/s, \(String(format: "%.1f", Double(totalBytes) / 1e6 / bestCPUSeconds)) MB/s (\(String(format: "%.3f", bestCPUSeconds)) s of CPU, best of \(max(1, runs)); steadier on a shared machine)")
        print("peak RSS:     \(peakResidentSetBytes() / 1_000_000) MB (\(rssBefore / 1_000_000) MB of it holds the loaded pages)")
    }
}
