/// One record's result, as handed to a ``BatchSink``: the extracted document or the error.
public struct BatchRecord: Sendable {
    /// The record's number in the run, from 1, in input order across all inputs.
    public var number: Int

    /// Where the record came from.
    public var source: RecordSource

    /// The rendered document, or why there is none.
    public var outcome: Result<ProcessedDocument, InputError>

    /// Makes a record result.
    public init(number: Int, source: RecordSource, outcome: Result<ProcessedDocument, InputError>) {
        self.number = number
        self.source = source
        self.outcome = outcome
    }
}
