public import HTTPTypes
import Pith

/// An error the service answers with: an HTTP status, a stable ``code`` and a ``message``,
/// sent as `{"error": {"code": …, "message": …}}`.
///
/// 4xx statuses are the caller's doing (bad input, limits, refused URLs, pages that cannot be
/// fetched); 5xx are the service's own (``busy``, ``internal``). A
/// message never carries a stack trace or an internal error's text.
public struct ServiceError: Error, Sendable, CustomStringConvertible {
    /// The response status.
    public var status: HTTPResponse.Status
    /// A stable identifier, e.g. `request.too_large`.
    public var code: String
    /// What went wrong and what to do about it, for people.
    public var message: String
    /// Extra response headers (`Retry-After`, `Allow`).
    public var headers: HTTPFields

    /// - Parameters:
    ///   - status: the response status.
    ///   - code: the stable identifier.
    ///   - message: the explanation.
    ///   - headers: extra response headers.
    public init(status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    /// The JSON body.
    var json: String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("error")
        writer.beginObject()
        writer.key("code")
        writer.string(code)
        writer.key("message")
        writer.string(message)
        writer.endObject()
        writer.endObject()
        return writer.json
    }

    /// 413: the request body is larger than the limit.
    public static func bodyTooLarge(limit: Int) -> ServiceError {
        ServiceError(status: .contentTooLarge, code: "request.too_large", message: "the request body is larger than \(limit) bytes")
    }

    /// 408: the request body did not arrive in time.
    public static func bodyTimedOut(after timeout: Duration) -> ServiceError {
        ServiceError(status: .requestTimeout, code: "request.timeout", message: "the request body did not arrive within \(timeout)")
    }

    /// 415: the body's `Content-Type` is not one the endpoint reads.
    public static func unsupportedMediaType(_ mediaType: String) -> ServiceError {
        let shown = mediaType.isEmpty ? "no Content-Type" : "Content-Type \(mediaType.prefix(100))"
        return ServiceError(
            status: .unsupportedMediaType, code: "request.unsupported_media_type",
            message: "\(shown); send text/html (the page) or application/json ({\"html\": …} or {\"url\": …})")
    }

    /// 400: the body is not JSON, or not the JSON the endpoint expects.
    public static func malformedJSON(_ detail: String) -> ServiceError {
        ServiceError(status: .badRequest, code: "request.malformed_json", message: detail)
    }

    /// 400: a parameter is missing, unknown or out of range.
    public static func invalidParameter(_ detail: String) -> ServiceError {
        ServiceError(status: .badRequest, code: "request.invalid_parameter", message: detail)
    }

    /// 404: no such endpoint.
    public static func notFound(_ path: String) -> ServiceError {
        ServiceError(status: .notFound, code: "request.not_found", message: "no endpoint at \(path.prefix(200)); see /openapi.json")
    }

    /// 405: the endpoint exists but not for this method.
    public static func methodNotAllowed(_ method: String, allowed: [String]) -> ServiceError {
        var headers = HTTPFields()
        headers[.allow] = allowed.joined(separator: ", ")
        return ServiceError(
            status: .methodNotAllowed, code: "request.method_not_allowed",
            message: "\(method.prefix(20)) is not allowed here; use \(allowed.joined(separator: " or "))", headers: headers)
    }

    /// 503: every extraction slot is taken; `Retry-After` says when to come back.
    public static func busy(retryAfterSeconds: Int) -> ServiceError {
        var headers = HTTPFields()
        headers[.retryAfter] = String(retryAfterSeconds)
        return ServiceError(
            status: .serviceUnavailable, code: "server.busy",
            message: "the server is at its concurrency limit; retry after \(retryAfterSeconds) s", headers: headers)
    }

    /// 500: an unexpected failure; details go to the log, never to the caller.
    public static let internalError = ServiceError(
        status: .internalServerError, code: "server.internal", message: "the server failed to answer this request")

    /// The answer to a page that could not be fetched: 400 for a malformed or non-http URL,
    /// 403 for an address the policy refuses, 422 for the rest (the page, not the service, failed).
    ///
    /// - Parameter error: the fetch failure.
    public init(_ error: FetchError) {
        let status: HTTPResponse.Status =
            switch error.code {
            case "fetch.invalid_url", "fetch.unsupported_scheme": .badRequest
            case "fetch.forbidden_address": .forbidden
            default: .unprocessableContent
            }
        self.init(status: status, code: error.code, message: error.message)
    }
}
