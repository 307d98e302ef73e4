public import Pith

/// Extracts the article from a record and renders it: the batch runner's standard work.
///
/// Records are screened first (``RecordScreen``): empty and binary documents become errors. Then
/// the extractor gets the bytes with the record's URL and HTTP charset, as HTML or, for plain-text
/// records (JSONL `text`, `.txt` files), in text mode; the article is rendered in ``format``.
public struct ArticleProcessor: BatchProcessor {
    /// The extractor, with its options.
    public var extractor: Extractor

    /// The rendering of each document.
    public var format: BatchOutputFormat

    /// Whether to fingerprint the extracted text for duplicate detection.
    public var fingerprints: Bool

    /// Makes a processor.
    ///
    /// - Parameters:
    ///   - extractor: Default `Extractor()`.
    ///   - format: Default ``BatchOutputFormat/json``.
    ///   - fingerprints: Default `true`.
    public init(extractor: Extractor = Extractor(), format: BatchOutputFormat = .json, fingerprints: Bool = true) {
        self.extractor = extractor
        self.format = format
        self.fingerprints = fingerprints
    }

    /// The rendered article, or the screening error.
    public func process(_ record: InputRecord, number: Int) -> Result<ProcessedDocument, InputError> {
        if let fault = RecordScreen.fault(in: record) { return .failure(fault) }
        let article = record.kind == .text
            ? extractor.extract(text: record.bytes, url: record.url, transportCharset: record.charset)
            : extractor.extract(html: record.bytes, url: record.url, transportCharset: record.charset)
        let output = format.render(article, source: record.source, number: number)
        return .success(ProcessedDocument(output: output, fingerprint: fingerprints ? ContentFingerprint(text: article.text) : nil))
    }
}
