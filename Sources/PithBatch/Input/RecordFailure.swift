/// A record that could not be read: the error and the identity of the record it belongs to.
///
/// Readers yield one of these in place of a record (or of a stretch of unreadable bytes), so that
/// the batch output accounts for every record in the input.
public struct RecordFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The record's identity, with as much as was read before the fault.
    public var source: RecordSource

    /// What went wrong.
    public var error: InputError

    /// Makes a failure.
    public init(source: RecordSource, error: InputError) {
        self.source = source
        self.error = error
    }

    /// The source, then the error: `crawl.warc.gz@1234 <urn:uuid:…>: warc.truncated: …`.
    public var description: String { "\(source): \(error)" }
}
