/// What a ``BatchProcessor`` made of a record: its rendered output and its fingerprint.
public struct ProcessedDocument: Sendable {
    /// The document rendered in the run's output format (a JSON object for ``BatchOutputFormat/json``).
    public var output: String

    /// The extracted text's fingerprint for duplicate detection; `nil` when not computed or the
    /// text is empty.
    public var fingerprint: ContentFingerprint?

    /// Makes a result.
    public init(output: String, fingerprint: ContentFingerprint?) {
        self.output = output
        self.fingerprint = fingerprint
    }
}
