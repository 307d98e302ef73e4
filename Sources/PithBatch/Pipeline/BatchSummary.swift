/// The account of a finished batch run: every record read, by outcome.
///
/// `records == documents + failed`, and the output holds `records - dropped` lines (or index
/// lines, for a ``DirectorySink``). Records the readers passed over are not among `records`;
/// they are counted in ``skipped``.
public struct BatchSummary: Sendable, Hashable {
    /// Inputs read (files and standard input).
    public var inputs: Int

    /// Records accounted for.
    public var records: Int

    /// Records extracted into documents.
    public var documents: Int

    /// Records that failed, each with an error line.
    public var failed: Int

    /// Failed records by error code (`gzip.truncated`, `record.binary`, …).
    public var failures: [String: Int]

    /// Records the readers passed over, by reason (see ``RecordReader/skipped``).
    public var skipped: [String: Int]

    /// Documents that repeat an earlier one exactly.
    public var exactDuplicates: Int

    /// Documents that nearly repeat an earlier one.
    public var nearDuplicates: Int

    /// Duplicates left out of the output (``BatchOptions/Deduplication/drop``).
    public var dropped: Int

    /// Input bytes read, as stored.
    public var bytesRead: Int64

    /// Wall-clock time of the run.
    public var elapsed: Duration

    /// Worker threads used.
    public var threads: Int

    /// Makes an empty summary.
    public init(threads: Int) {
        inputs = 0
        records = 0
        documents = 0
        failed = 0
        failures = [:]
        skipped = [:]
        exactDuplicates = 0
        nearDuplicates = 0
        dropped = 0
        bytesRead = 0
        elapsed = .zero
        self.threads = threads
    }

    /// Lines of output: one per record, less the dropped duplicates.
    public var linesWritten: Int { records - dropped }

    /// Documents per second of wall-clock time.
    public var recordsPerSecond: Double { elapsed.seconds > 0 ? Double(records) / elapsed.seconds : 0 }
}
