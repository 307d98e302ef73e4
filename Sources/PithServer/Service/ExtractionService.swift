import Hummingbird
import NIOCore
import Pith

/// `/v1/extract`: admission, reading the request in whichever form it comes, fetching when
/// asked, extracting on the worker threads, rendering.
struct ExtractionService: Sendable {
    let limits: ServerLimits
    let fetcher: PageFetcher
    let workers: ExtractionWorkers
    let gate: AdmissionGate

    /// `GET /v1/extract?url=…&format=…`.
    func get(_ request: Request) async throws -> Response {
        let extraction = try ExtractionRequest.fromQuery(Self.query(of: request))
        return try await admitted { try await answer(extraction) }
    }

    /// `POST /v1/extract` with `text/html`, `application/xhtml+xml`, `application/json` or
    /// `text/plain` (text mode).
    func post(_ request: Request) async throws -> Response {
        let contentType = ContentType(request.headers[.contentType] ?? "")
        let query = Self.query(of: request)
        return try await admitted {
            let extraction: ExtractionRequest
            switch contentType.mediaType {
            case _ where contentType.isHTML:
                extraction = try .fromHTML(try await readBody(of: request), charset: contentType.charset, query: query)
            case "application/json":
                extraction = try .fromJSON(try await readBody(of: request))
            case "text/plain":
                extraction = try .fromText(try await readBody(of: request), query: query)
            default:
                throw ServiceError.unsupportedMediaType(contentType.mediaType)
            }
            return try await answer(extraction)
        }
    }

    /// Runs `body` inside the admission gate, or answers 503 when it is full.
    private func admitted(_ body: () async throws -> Response) async throws -> Response {
        guard let response = try await gate.ifAdmitted(body) else {
            throw ServiceError.busy(retryAfterSeconds: limits.retryAfterSeconds)
        }
        return response
    }

    private func answer(_ extraction: ExtractionRequest) async throws -> Response {
        let article: Article
        switch extraction.source {
        case .html(let bytes, let charset):
            article = try await workers.extract(bytes, url: extraction.pageURL, charset: charset, options: extraction.options)
        case .text(let text):
            article = try await workers.extract(text: text, url: extraction.pageURL, options: extraction.options)
        case .fetch(let url):
            let page: FetchedPage
            do {
                page = try await fetcher.fetch(url)
            } catch let error as FetchError {
                throw ServiceError(error)
            }
            article = try await workers.extract(page.bytes, url: page.url, charset: page.charset, options: extraction.options)
        }
        let body = extraction.format.render(article, includeHTML: extraction.includeHTML)
        return Response(
            status: .ok,
            headers: [.contentType: extraction.format.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: body))
        )
    }

    /// The request body, refusing a declared or actual size over the limit and a body that
    /// takes longer than ``ServerLimits/bodyTimeout`` to arrive.
    private func readBody(of request: Request) async throws -> [UInt8] {
        let limit = limits.maxRequestBodyBytes
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw ServiceError.bodyTooLarge(limit: limit)
        }
        let timeout = limits.bodyTimeout
        return try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask {
                var bytes: [UInt8] = []
                for try await chunk in request.body {
                    guard bytes.count + chunk.readableBytes <= limit else { throw ServiceError.bodyTooLarge(limit: limit) }
                    bytes.append(contentsOf: chunk.readableBytesView)
                }
                return bytes
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let bytes = try await group.next() ?? nil else { throw ServiceError.bodyTimedOut(after: timeout) }
            return bytes
        }
    }

    /// The query parameters, percent-decoded; the first of repeated names wins.
    private static func query(of request: Request) -> [String: String] {
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters where query[String(name)] == nil {
            query[String(name)] = String(value)
        }
        return query
    }
}
