extension WARCReader: RecordReader {
    /// The next HTML document from a `response` record, or the fault in its place; `nil` at the
    /// end of the file.
    ///
    /// Records of other types are read past (their blocks are not buffered) and counted in
    /// ``skipped``, as are `response` records that hold no HTTP message (`response/non-http`),
    /// redirects (`response/redirect`: status 3xx, whose body is at most a "moved" notice) and
    /// HTTP responses whose media type is not in ``htmlMediaTypes`` (`response/non-html`). A
    /// `response` record with an empty block yields `record.empty`; one that is not HTTP after
    /// all, `http.malformed`.
    public func next() -> Result<InputRecord, RecordFailure>? {
        while let result = readRecord(keepsBlock: { $0 == .response }) {
            var record: WARCRecord
            switch consume result {
            case .failure(let failure): return .failure(failure)
            case .success(let value): record = value
            }
            guard record.type == .response else {
                skipped[record.type.rawValue, default: 0] += 1
                continue
            }
            if let result = document(from: &record) { return result }
        }
        return nil
    }

    /// The document in a `response` record; `nil` when the record is passed over. Takes the
    /// block out of `record`, so that the body is decoded in place.
    private func document(from record: inout WARCRecord) -> Result<InputRecord, RecordFailure>? {
        let source = record.source(path: path)
        guard !record.block.isEmpty else {
            return .failure(RecordFailure(
                source: source, error: InputError(.recordEmpty, "the response record has an empty block")))
        }
        guard Self.holdsHTTP(record) else {
            skipped["response/non-http", default: 0] += 1
            return nil
        }
        var block = record.block
        record.block = []
        let response: HTTPResponse
        do {
            response = try HTTPResponse(consuming: &block, limits: limits)
        } catch {
            return .failure(RecordFailure(source: source, error: error))
        }
        // Crawls archive redirects beside pages (about one response in ten in Common Crawl);
        // they are not documents, so a run over a healthy crawl finishes without failures.
        if (300..<400).contains(response.status) {
            skipped["response/redirect", default: 0] += 1
            return nil
        }
        let contentType = response.contentType
        let mediaType = contentType.flatMap { $0.mediaType.isEmpty ? nil : $0.mediaType }
        if let mediaType, !htmlMediaTypes.contains(mediaType) {
            skipped["response/non-html", default: 0] += 1
            return nil
        }
        return .success(InputRecord(
            source: source, kind: .html, bytes: response.body, charset: contentType?.charset,
            url: record.targetURI, mediaType: mediaType, httpStatus: response.status))
    }

    /// Whether a `response` record's block is an HTTP message: its `Content-Type` says
    /// `application/http`, or it has none and the block starts with `HTTP/`.
    private static func holdsHTTP(_ record: WARCRecord) -> Bool {
        if let type = record.contentType, !type.isEmpty {
            return ContentType(parsing: type).mediaType == "application/http"
        }
        return record.block.starts(with: Array("HTTP/".utf8))
    }
}
