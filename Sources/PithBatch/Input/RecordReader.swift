/// A stream of records read from one input, one at a time, in input order.
///
/// Each call to `next()` yields a record or a ``RecordFailure`` and `nil` once the input is used
/// up; the reader never stops early on a fault. Records that are not documents (WARC `request`,
/// `warcinfo`, `metadata`, … records, blank JSONL lines) are passed over and counted in
/// ``skipped``. A reader owns an open file and is used by one thread; the records it yields are
/// `Sendable`.
///
/// ```swift
/// let reader = try source.makeReader()
/// while let result = reader.next() {
///     switch result {
///     case .success(let record): process(record)
///     case .failure(let failure): report(failure)
///     }
/// }
/// ```
public protocol RecordReader: IteratorProtocol where Element == Result<InputRecord, RecordFailure> {
    /// Records passed over so far, by reason. Keys: the WARC type of a non-`response` record
    /// (`warcinfo`, `request`, `metadata`, `revisit`, `resource`, …), `response/non-http` for a
    /// `response` record that holds no HTTP message, `response/redirect` for an HTTP 3xx
    /// response, `response/non-html` for an HTTP response whose media type is not HTML, and
    /// `blank-line` for an empty JSONL line.
    var skipped: [String: Int] { get }

    /// Bytes of the file read so far, as stored (compressed bytes for gzip), for progress.
    var bytesRead: Int64 { get }
}
