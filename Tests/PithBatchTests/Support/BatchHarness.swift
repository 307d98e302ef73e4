import Foundation
@testable import PithBatch

/// Runs the batch pipeline over files into a JSON Lines file and reads the lines back, so tests
/// check the real output format.
enum BatchHarness {
    /// One output line, parsed.
    struct Line {
        /// The whole object.
        let object: [String: Any]

        var source: [String: Any] { object["source"] as? [String: Any] ?? [:] }
        /// `source.record`.
        var number: Int { source["record"] as? Int ?? -1 }
        /// The error code, for error lines.
        var code: String? { (object["error"] as? [String: Any])?["code"] as? String }
        var title: String? { object["title"] as? String }
        var text: String? { object["text"] as? String }
        var duplicate: [String: Any]? { object["duplicate"] as? [String: Any] }

        /// `ok <id>` or `<code> <id>`, where `<id>` is as in ``Drain/tag(_:)``: the last two
        /// digits of the WARC record id (`-` when unknown), `line N`, or `file`.
        var outcome: String { "\(code ?? "ok") \(tag)" }

        var tag: String {
            if let line = source["line"] as? Int { return "line \(line)" }
            if source["offset"] != nil {
                guard let id = source["recordID"] as? String else { return "-" }
                return String(id.dropLast().suffix(2))
            }
            return "file"
        }
    }

    /// The result of one run.
    struct Run {
        var lines: [Line]
        var summary: BatchSummary
        var progress: [BatchProgress]

        /// Outcomes in output order.
        var outcomes: [String] { lines.map(\.outcome) }
        /// Outcomes sorted by record number.
        var outcomesByNumber: [String] { lines.sorted { $0.number < $1.number }.map(\.outcome) }
    }

    /// Runs `sources` with `options` and `processor`, writing JSON lines to a temporary file.
    static func run(
        _ sources: [InputSource],
        options: BatchOptions = BatchOptions(),
        processor: some BatchProcessor = ArticleProcessor()
    ) throws -> Run {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/out.jsonl"
        let sink = try JSONLinesSink(path: path)
        var progress: [BatchProgress] = []
        let summary = try BatchRunner(options: options).run(sources, processor: processor, sink: sink) { progress.append($0) }
        return Run(lines: try lines(at: path), summary: summary, progress: progress)
    }

    /// Runs the files at `paths` (discovered as the CLI does).
    static func run(
        paths: [String],
        options: BatchOptions = BatchOptions(),
        processor: some BatchProcessor = ArticleProcessor()
    ) throws -> Run {
        try run(InputSource.discover(paths).sources, options: options, processor: processor)
    }

    /// The parsed lines of a JSON Lines file; fails on a line that is not a JSON object.
    static func lines(at path: String) throws -> [Line] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw CocoaError(.coderReadCorrupt)
            }
            return Line(object: object)
        }
    }

    /// Options for `threads` workers and an output order.
    static func options(threads: Int, order: BatchOptions.Order = .input) -> BatchOptions {
        var options = BatchOptions()
        options.threads = threads
        options.order = order
        return options
    }
}
