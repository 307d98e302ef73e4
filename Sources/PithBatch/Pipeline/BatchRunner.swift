import Foundation

/// Runs extraction over many inputs on every core, streaming, with bounded memory, accounting
/// for every record.
///
/// Three stages, connected by bounded queues:
/// 1. **Reader** (one thread): opens each ``InputSource`` in turn and reads its records,
///    numbering them from 1 across the run. Each record takes a ticket from the in-flight window
///    (``BatchOptions/recordsInFlight``) and waits for room in the work queue
///    (``BatchOptions/queuedRecordsPerThread`` per worker, ``BatchOptions/maxQueuedBytes``).
///    An input that cannot be opened becomes one error record; reader faults become error
///    records too.
/// 2. **Workers** (``BatchOptions/threads`` threads): take records and call the
///    ``BatchProcessor``; a slow or huge record occupies one worker while the others go on.
/// 3. **Writer** (the calling thread): under ``BatchOptions/Order/input`` puts results back in
///    order in a reorder buffer of window size; checks duplicates; hands each record to the
///    ``BatchSink``; gives the ticket back; calls the progress handler.
///
/// Memory is therefore bounded by the window and the queue sizes, never by the input size: at
/// most ``BatchOptions/recordsInFlight`` records exist at once, of which only those queued or in
/// a worker hold their input bytes.
///
/// ```swift
/// let discovery = try InputSource.discover(["crawl/"], matching: "*.warc.gz")
/// let sink = JSONLinesSink(fileDescriptor: 1, name: "stdout")
/// let summary = try BatchRunner().run(discovery.sources, processor: ArticleProcessor(), sink: sink)
/// ```
public struct BatchRunner: Sendable {
    /// How the run is carried out.
    public var options: BatchOptions

    /// Makes a runner.
    public init(options: BatchOptions = BatchOptions()) {
        self.options = options
    }

    /// Reads every record of `sources`, processes it and writes its result.
    ///
    /// Exactly one result per record reaches `sink` (less the duplicates dropped under
    /// ``BatchOptions/Deduplication/drop``), whatever faults the inputs hold.
    ///
    /// - Parameters:
    ///   - sources: The inputs, read in order.
    ///   - processor: The work for each record, run on the worker threads.
    ///   - sink: Where results go; called on this thread only.
    ///   - progress: Called on this thread every ``BatchOptions/progressInterval`` and once at
    ///     the end.
    /// - Returns: The account of the run.
    /// - Throws: What `sink` throws; the run stops then (threads are stopped and joined first).
    public func run(
        _ sources: [InputSource],
        processor: some BatchProcessor,
        sink: some BatchSink,
        progress: (BatchProgress) -> Void = { _ in }
    ) throws -> BatchSummary {
        let threads = max(1, options.threads)
        let window = InFlightWindow(limit: options.effectiveRecordsInFlight)
        let work = BoundedQueue<WorkItem>(capacity: options.queuedRecordsPerThread * threads, costLimit: options.maxQueuedBytes)
        let finished = BoundedQueue<FinishedRecord>(capacity: window.limit)
        let tally = ReadTally()
        let start = ContinuousClock.now

        let reader = ThreadGroup()
        let limits = options.limits
        reader.start(name: "pith-batch-reader") {
            Self.read(sources, limits: limits, window: window, work: work, tally: tally)
        }
        let workers = ThreadGroup()
        let remaining = Countdown(threads)
        for index in 0..<threads {
            workers.start(name: "pith-batch-worker-\(index)") {
                while let item = work.pop() {
                    _ = finished.push(FinishedRecord(record: item.process(with: processor), inputPosition: item.inputPosition))
                }
                if remaining.decrement() == 0 { finished.close() }
            }
        }

        let totalBytes: Int64? = sources.contains { $0.byteCount == nil } ? nil : sources.reduce(0) { $0 + ($1.byteCount ?? 0) }
        var writer = ResultWriter(options: options, threads: threads, sink: sink, window: window)
        func snapshot() -> BatchProgress { writer.progress(totalBytes: totalBytes, elapsed: .now - start) }
        do {
            var nextReport = ContinuousClock.now + options.progressInterval
            loop: while true {
                if finished.isEmpty { try sink.flush() }
                let deadline = Date(timeIntervalSinceNow: max(0, (nextReport - .now).seconds))
                switch finished.pop(waitingUntil: deadline) {
                case .element(let result): try writer.accept(result)
                case .timedOut: break
                case .finished: break loop
                }
                if ContinuousClock.now >= nextReport {
                    progress(snapshot())
                    nextReport = .now + options.progressInterval
                }
            }
            try sink.flush()
        } catch {
            window.cancel()
            work.cancel()
            finished.cancel()
            reader.wait()
            workers.wait()
            throw error
        }
        reader.wait()
        workers.wait()
        precondition(writer.pendingCount == 0, "records left in the reorder buffer")
        writer.inputEnded(after: tally.counts.bytesRead)
        progress(snapshot())
        return writer.summary(tally: tally, elapsed: .now - start)
    }
}
