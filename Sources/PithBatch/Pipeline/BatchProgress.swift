/// Where a batch run stands: a snapshot handed to the progress handler, for a surface to render.
///
/// Bytes are input bytes as stored (compressed for gzip), counted up to the last record
/// written, so rates and the estimate follow finished work rather than the reader running ahead.
public struct BatchProgress: Sendable, Hashable {
    /// Records accounted for: lines written plus duplicates dropped.
    public var records: Int

    /// Records that failed (error lines).
    public var failed: Int

    /// Documents found to be duplicates (marked or dropped).
    public var duplicates: Int

    /// Input bytes up to the last record written.
    public var bytesDone: Int64

    /// The input's total size when every input's size is known (not with standard input).
    public var totalBytes: Int64?

    /// Time since the run started.
    public var elapsed: Duration

    /// Makes a snapshot.
    public init(records: Int, failed: Int, duplicates: Int, bytesDone: Int64, totalBytes: Int64?, elapsed: Duration) {
        self.records = records
        self.failed = failed
        self.duplicates = duplicates
        self.bytesDone = bytesDone
        self.totalBytes = totalBytes
        self.elapsed = elapsed
    }

    /// Records per second so far.
    public var recordsPerSecond: Double { Self.rate(Double(records), over: elapsed) }

    /// Input bytes per second so far.
    public var bytesPerSecond: Double { Self.rate(Double(bytesDone), over: elapsed) }

    /// The share of the input done, 0 to 1, when the total is known.
    public var fractionDone: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesDone) / Double(totalBytes))
    }

    /// Time left at the byte rate so far, when the total is known and some bytes are done.
    public var estimatedRemaining: Duration? {
        guard let totalBytes, bytesDone > 0 else { return nil }
        let rate = bytesPerSecond
        guard rate > 0 else { return nil }
        return .seconds(Double(max(0, totalBytes - bytesDone)) / rate)
    }

    private static func rate(_ amount: Double, over duration: Duration) -> Double {
        let seconds = duration.seconds
        return seconds > 0 ? amount / seconds : 0
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (whole, attoseconds) = components
        return Double(whole) + Double(attoseconds) * 1e-18
    }
}
