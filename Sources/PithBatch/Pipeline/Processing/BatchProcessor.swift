/// Turns one record into its output; the work each worker thread does.
///
/// Called from several threads at once, so implementations are `Sendable` and keep no shared
/// mutable state. ``ArticleProcessor`` is the one `pith batch` uses.
public protocol BatchProcessor: Sendable {
    /// The rendered document for `record`, or the error that takes its place.
    ///
    /// - Parameters:
    ///   - record: The record as read.
    ///   - number: Its number in the run (``BatchRecord/number``), for the output's `source`.
    func process(_ record: InputRecord, number: Int) -> Result<ProcessedDocument, InputError>
}
