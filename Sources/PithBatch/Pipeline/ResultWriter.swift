/// The writer stage's state: reordering, duplicate checks, the sink, and the counts.
struct ResultWriter<Sink: BatchSink> {
    let deduplication: BatchOptions.Deduplication
    let sink: Sink
    let window: InFlightWindow
    /// Set under ``BatchOptions/Order/input`` only.
    private var reorder: ReorderBuffer<FinishedRecord>?
    /// Set when duplicates are detected.
    private var duplicates: DuplicateIndex?
    private var counts: BatchSummary
    private var bytesDone: Int64 = 0

    init(options: BatchOptions, threads: Int, sink: Sink, window: InFlightWindow) {
        deduplication = options.deduplication
        self.sink = sink
        self.window = window
        reorder = options.order == .input ? ReorderBuffer(capacity: window.limit) : nil
        duplicates = options.deduplication == .off
            ? nil : DuplicateIndex(capacity: options.duplicateWindow, maxDistance: options.nearDuplicateDistance)
        counts = BatchSummary(threads: threads)
    }

    /// Results held back for order.
    var pendingCount: Int { reorder?.count ?? 0 }

    /// Takes a finished record: writes it, or holds it until the records before it are out.
    mutating func accept(_ result: FinishedRecord) throws {
        guard reorder != nil else { return try emit(result) }
        reorder!.insert(result, number: result.record.number)
        while let next = reorder!.popNext() { try emit(next) }
    }

    /// Counts, checks and writes one record, then frees its place in the window.
    private mutating func emit(_ result: FinishedRecord) throws {
        let record = result.record
        var duplicate: DuplicateMatch?
        switch record.outcome {
        case .success(let document):
            counts.documents += 1
            if let fingerprint = document.fingerprint {
                duplicate = duplicates?.check(fingerprint, number: record.number)
            }
        case .failure(let error):
            counts.failed += 1
            counts.failures[error.code.rawValue, default: 0] += 1
        }
        if let duplicate {
            if duplicate.kind == .exact { counts.exactDuplicates += 1 } else { counts.nearDuplicates += 1 }
        }
        if duplicate != nil && deduplication == .drop {
            counts.dropped += 1
        } else {
            try sink.write(record, duplicate: duplicate)
        }
        counts.records += 1
        bytesDone = max(bytesDone, result.inputPosition)
        window.release()
    }

    /// Notes that the reader is done after `bytes` of input, so that the last progress reaches
    /// the end even when the input ends with records that were passed over.
    mutating func inputEnded(after bytes: Int64) {
        bytesDone = max(bytesDone, bytes)
    }

    /// The progress so far.
    func progress(totalBytes: Int64?, elapsed: Duration) -> BatchProgress {
        BatchProgress(
            records: counts.records, failed: counts.failed,
            duplicates: counts.exactDuplicates + counts.nearDuplicates,
            bytesDone: bytesDone, totalBytes: totalBytes, elapsed: elapsed)
    }

    /// The final account, with the reader's counts.
    func summary(tally: ReadTally, elapsed: Duration) -> BatchSummary {
        var summary = counts
        let read = tally.counts
        summary.inputs = read.inputs
        summary.skipped = read.skipped
        summary.bytesRead = read.bytesRead
        summary.elapsed = elapsed
        return summary
    }
}
