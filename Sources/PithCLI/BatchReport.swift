import Foundation
import PithBatch

/// Renders a batch run's progress and summary for standard error (the library only hands out
/// values).
struct BatchReport {
    /// Whether progress is drawn (standard error is a terminal and not --quiet).
    let showsProgress: Bool

    /// Redraws the progress line in place.
    func show(_ progress: BatchProgress) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + progressLine(progress)).utf8))
    }

    /// Erases the progress line, before other output on standard error.
    func clear() {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// `12,345 records  41.2 rec/s  3.1 MB/s  2 errors  37%  ETA 3m12s`.
    func progressLine(_ progress: BatchProgress) -> String {
        var parts = [
            "\(Self.grouped(progress.records)) records",
            String(format: "%.1f rec/s", progress.recordsPerSecond),
            String(format: "%.1f MB/s", progress.bytesPerSecond / 1e6),
            "\(Self.grouped(progress.failed)) errors",
        ]
        if progress.duplicates > 0 { parts.append("\(Self.grouped(progress.duplicates)) duplicates") }
        if let fraction = progress.fractionDone { parts.append(String(format: "%.0f%%", fraction * 100)) }
        if let remaining = progress.estimatedRemaining { parts.append("ETA " + Self.clock(remaining.secondsDouble)) }
        return parts.joined(separator: "  ")
    }

    /// `pith batch: 1,234 records: 1,200 documents, 34 failed (record.empty 30, gzip.truncated 4),
    /// 12 duplicates; 3,456 skipped; 1.2 GB in 2m03s, 10.0 records/s on 2 threads`.
    func summaryLine(_ summary: BatchSummary) -> String {
        var line = "pith batch: \(Self.grouped(summary.records)) records: \(Self.grouped(summary.documents)) documents, "
        line += "\(Self.grouped(summary.failed)) failed"
        if !summary.failures.isEmpty {
            let codes = summary.failures.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            line += " (" + codes.map { "\($0.key) \(Self.grouped($0.value))" }.joined(separator: ", ") + ")"
        }
        let duplicates = summary.exactDuplicates + summary.nearDuplicates
        if duplicates > 0 {
            line += ", \(Self.grouped(duplicates)) duplicates"
            if summary.dropped > 0 { line += " dropped" }
        }
        let skipped = summary.skipped.values.reduce(0, +)
        line += "; \(Self.grouped(skipped)) skipped; "
        line += String(format: "%.1f MB in ", Double(summary.bytesRead) / 1e6) + Self.clock(summary.elapsed.secondsDouble)
        line += String(format: ", %.1f records/s on %d thread", summary.recordsPerSecond, summary.threads)
        line += summary.threads == 1 ? "" : "s"
        return line
    }

    /// `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    /// `42s`, `3m12s`, `2h05m`.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return seconds < 10 ? String(format: "%.1fs", seconds) : "\(whole)s" }
        if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3600, whole / 60 % 60)
    }
}
