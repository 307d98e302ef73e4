public import ArgumentParser
import Foundation
import Pith
public import PithBatch

/// `pith batch`: articles from many pages on every core, one JSON line (or file) per record.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Extract articles from files, directories, WARC, JSONL or standard input, on every core.",
        discussion: """
            Inputs: HTML files, .txt files, WARC (.warc, .warc.gz, one gzip member per record as \
            Common Crawl writes it), JSON Lines of {"url", "html"} or {"url", "text"} \
            (.jsonl, .ndjson), each optionally gzipped; directories (read recursively, hidden \
            entries skipped; --glob filters file names); - for standard input (format sniffed). \
            WARC: only HTML 'response' records are documents, charset from the HTTP header; \
            other records (requests, metadata, redirects, non-HTML responses) are skipped and \
            counted in the summary.

            Output: exactly one JSON line per record on standard output (or --output FILE): the \
            article as in `pith extract --format json` plus a "source" object (record number, \
            path; offset, recordID, targetURI for WARC; line for JSONL), or \
            {"source": {...}, "error": {"code", "message"}}. With --output-dir, one file per \
            document in --format, plus DIR/index.jsonl with one line per record. Progress goes \
            to standard error when it is a terminal; a one-line summary at the end.

            Duplicates (--dedup mark|drop): exact copies of the extracted text (content hash), \
            and near copies: 64-bit SimHashes of 3-word shingles at most --dedup-distance bits \
            apart (default 6; texts of 16 shingles or more), among the last --dedup-window \
            distinct documents. Marked lines get "duplicate": {"of": N, "kind", "distance"}, \
            N being the original's source.record; the first copy read is the original (with \
            --order input, the first in input order).

            Error codes on record lines: gzip.corrupt, gzip.truncated, warc.corrupt_header, \
            warc.junk, warc.truncated, warc.length_mismatch (damaged input; reading resumes at \
            the next record or gzip member), record.too_large (over --max-record-bytes), \
            record.empty (no document bytes), record.binary (not text), \
            http.malformed, http.bad_encoding, jsonl.malformed, io.open_failed, io.read_failed.
            Plain-text records (JSONL "text", .txt files) go through text mode.

            Exit status: 0 every record was extracted; 1 the run finished but some records \
            failed (see their error lines); 2 the run could not start or was stopped (an input \
            path that does not exist, bad options, output that cannot be written); 64 the \
            command line could not be parsed.
            """
    )

    @Argument(help: "Files, directories, or - for standard input.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Only files whose names match PATTERN inside directories (e.g. '*.warc.gz').", valueName: "pattern"))
    var glob: String?

    @Option(help: "Worker threads (default: all cores).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the JSON lines to FILE instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Write one file per document into DIR, and DIR/index.jsonl.", valueName: "dir"))
    var outputDir: String?

    @Option(help: "Document format with --output-dir (without it, output is JSON lines).")
    var format: BatchOutputFormat = .json

    @Option(help: "Output order: completion (a slow record holds nothing up) or input.")
    var order: BatchOptions.Order = .completion

    @Option(help: "Duplicate documents: off, mark or drop.")
    var dedup: BatchOptions.Deduplication = .off

    @Option(help: "Largest SimHash distance (of 64 bits) for near duplicates; 0 to 63.")
    var dedupDistance: Int = BatchOptions().nearDuplicateDistance

    @Option(help: "Distinct documents remembered for --dedup (about 140 bytes each).")
    var dedupWindow: Int = BatchOptions().duplicateWindow

    @Flag(name: .shortAndLong, help: "No progress and no summary on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Also write the run's summary as JSON to FILE.", valueName: "file"))
    var summary: String?

    @Option(help: "Largest record in bytes (default 64 MiB); larger ones become record.too_large.")
    var maxRecordBytes: Int?

    @Flag(help: "Also extract reader comments.")
    var withComments = false

    @Option(help: "Which error to prefer when a block is doubtful: precision, balanced or recall.")
    var favor: ExtractionOptions.Favor = .balanced

    func run() throws {
        let options: BatchOptions
        let discovery: InputDiscovery
        let sink: any BatchSink
        do {
            options = try makeOptions()
            discovery = try InputSource.discover(inputs, matching: glob)
            guard !discovery.sources.isEmpty else { throw CLIError("no input files found in \(inputs.joined(separator: " "))") }
            sink = try makeSink()
        } catch {
            printError("pith batch: \(error)")
            throw ExitCode(2)
        }
        if !quiet && !discovery.ignored.isEmpty {
            printError("pith batch: ignored \(discovery.ignored.count) file(s) of unknown format, e.g. \(discovery.ignored[0])")
        }
        let extractor = Extractor(options: ExtractionOptions(includeComments: withComments, favor: favor, today: .today))
        let processor = ArticleProcessor(extractor: extractor, format: format, fingerprints: dedup != .off)
        let report = BatchReport(showsProgress: !quiet && isatty(STDERR_FILENO) != 0)
        let result: BatchSummary
        do {
            result = try BatchRunner(options: options).run(discovery.sources, processor: processor, sink: sink) { progress in
                report.show(progress)
            }
        } catch {
            report.clear()
            printError("pith batch: \(error)")
            throw ExitCode(2)
        }
        report.clear()
        if !quiet { printError(report.summaryLine(result)) }
        if let summary {
            do {
                try (result.json + "\n").write(toFile: summary, atomically: true, encoding: .utf8)
            } catch {
                printError("pith batch: cannot write the summary to \(summary): \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
        if result.failed > 0 { throw ExitCode(1) }
    }

    /// The options, or a usage error.
    private func makeOptions() throws -> BatchOptions {
        guard !inputs.isEmpty else { throw CLIError("no inputs (give files, directories, or - for standard input)") }
        guard threads >= 1 else { throw CLIError("--threads must be at least 1") }
        guard output == nil || outputDir == nil else { throw CLIError("--output and --output-dir exclude each other") }
        guard outputDir != nil || format == .json else {
            throw CLIError("--format \(format.rawValue) needs --output-dir (JSON lines are always json)")
        }
        var options = BatchOptions()
        options.threads = threads
        options.order = order
        options.deduplication = dedup
        guard (0..<64).contains(dedupDistance) else { throw CLIError("--dedup-distance must be 0 to 63") }
        guard dedupWindow >= 1 && dedupWindow <= Int(UInt32.max) else { throw CLIError("--dedup-window must be 1 to 2^32 - 1") }
        options.nearDuplicateDistance = dedupDistance
        options.duplicateWindow = dedupWindow
        if let maxRecordBytes {
            guard maxRecordBytes >= 1 else { throw CLIError("--max-record-bytes must be positive") }
            options.limits.maxRecordBytes = maxRecordBytes
            options.limits.maxLineBytes = max(options.limits.maxLineBytes, 2 * maxRecordBytes)
        }
        return options
    }

    /// Where the results go.
    private func makeSink() throws -> any BatchSink {
        if let outputDir { return try DirectorySink(directory: outputDir, format: format) }
        if let output { return try JSONLinesSink(path: output) }
        return JSONLinesSink(fileDescriptor: STDOUT_FILENO, name: "standard output")
    }
}

extension BatchOutputFormat: ExpressibleByArgument {}
extension BatchOptions.Order: ExpressibleByArgument {}
extension BatchOptions.Deduplication: ExpressibleByArgument {}
