import Foundation

/// How a batch run is carried out: threads, output order, duplicate handling and the bounds that
/// keep its memory independent of the input's size.
public struct BatchOptions: Sendable, Hashable {
    /// The order of output lines.
    public enum Order: String, Sendable, Hashable, CaseIterable {
        /// As records finish: a slow record never holds up the others. The default.
        case completion
        /// As records appear in the input. A slow record holds up output (not extraction) until
        /// ``BatchOptions/recordsInFlight`` records behind it are done.
        case input
    }

    /// What to do with documents whose extracted text repeats an earlier one of the run.
    public enum Deduplication: String, Sendable, Hashable, CaseIterable {
        /// No duplicate detection.
        case off
        /// Write them, with a `duplicate` object naming the original.
        case mark
        /// Leave them out of the output (they are counted in the summary).
        case drop
    }

    /// Worker threads extracting articles. Default: the active processor count.
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Output order. Default ``Order/completion``.
    public var order: Order = .completion

    /// Duplicate handling. Default ``Deduplication/off``.
    public var deduplication: Deduplication = .off

    /// Bounds on the records read. Default ``InputLimits/init()``.
    public var limits = InputLimits()

    /// Records waiting for a worker, per worker thread. Default 4: enough that a worker never
    /// waits on the reader, which is much faster than extraction.
    public var queuedRecordsPerThread = 4

    /// Most bytes of records waiting for a worker. Default 64 MiB. A single record larger than
    /// this (up to ``InputLimits/maxRecordBytes``) still passes, alone.
    public var maxQueuedBytes = 64 << 20

    /// Most records between the reader and the writer — queued, being extracted, or finished and
    /// waiting for their turn under ``Order/input``. Default 64 per thread, at least 256. This
    /// bounds the reorder window, and so the memory it takes (one rendered article per slot).
    public var recordsInFlight: Int?

    /// Documents the duplicate index remembers; beyond it the oldest are forgotten. Default
    /// 2^18 (262,144; about 37 MB when full).
    public var duplicateWindow = DeduplicationHeuristics.indexCapacity

    /// Largest SimHash distance (of 64 bits) between near-duplicates, 0 to 63. Default 6. Each
    /// step up adds a band to the index (12 bytes per document) and lets looser copies match.
    public var nearDuplicateDistance = DeduplicationHeuristics.nearDuplicateDistance

    /// How often the progress handler is called. Default 250 ms.
    public var progressInterval: Duration = .milliseconds(250)

    /// The defaults above.
    public init() {}

    /// ``recordsInFlight``, or its default for ``threads``.
    public var effectiveRecordsInFlight: Int {
        recordsInFlight ?? max(Self.minimumRecordsInFlight, Self.recordsInFlightPerThread * max(1, threads))
    }

    /// Default records in flight per worker thread: room for one slow record under
    /// ``Order/input`` while the other threads go on for a while.
    public static let recordsInFlightPerThread = 64

    /// Least default records in flight.
    public static let minimumRecordsInFlight = 256
}
