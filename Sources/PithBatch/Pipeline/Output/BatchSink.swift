/// Where a batch run's results go, one record at a time, on the thread that called
/// ``BatchRunner/run(_:processor:sink:progress:)``.
public protocol BatchSink: AnyObject {
    /// Writes one record's result.
    ///
    /// - Parameters:
    ///   - record: The document or error.
    ///   - duplicate: The earlier document it repeats, when duplicates are marked.
    /// - Throws: An error that stops the run (output that cannot be written).
    func write(_ record: BatchRecord, duplicate: DuplicateMatch?) throws

    /// Writes out anything buffered. Called whenever the run waits for results and at its end,
    /// so a reader of the output sees lines promptly.
    func flush() throws
}
