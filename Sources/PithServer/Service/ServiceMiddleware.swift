import Hummingbird
import Logging
import NIOCore

/// The boundary every response crosses on its way out:
/// - errors become JSON (`{"error": {"code", "message"}}`): ``ServiceError``s as they are, the
///   router's 404 as ``ServiceError/notFound(_:)`` or ``ServiceError/methodNotAllowed(_:allowed:)``,
///   anything unexpected as a bare 500 whose details go to the log only;
/// - responses get hardening headers (`nosniff`, `no-referrer`, `no-store`, and a deny-all
///   Content-Security-Policy unless the handler set its own);
/// - the request is counted in ``ServiceMetrics``.
struct ServiceMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServiceMetrics
    let logger: Logger

    /// The policy of every response that is not the reader page: nothing may load or run, and
    /// no one may frame it. An HTML answer opened straight in a browser stays inert.
    static var lockedDownPolicy: String { "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        metrics.requestStarted()
        var errorCode: String?
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let serviceError = translate(error, request: request)
            errorCode = serviceError.code
            response = Response(
                status: serviceError.status,
                headers: serviceError.headers,
                body: ResponseBody(byteBuffer: ByteBuffer(string: serviceError.json))
            )
            response.headers[.contentType] = "application/json; charset=utf-8"
        }
        harden(&response.headers)
        let elapsed = ContinuousClock.now - start
        let route = context.endpointPath.flatMap { ServiceRoutes.methods[$0] == nil ? nil : $0 } ?? ServiceMetrics.unmatchedRoute
        metrics.requestFinished(
            route: route,
            method: ServiceMetrics.methodLabel(request.method.rawValue),
            status: response.status.code,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            requestBytes: request.headers[.contentLength].flatMap(Int.init),
            responseBytes: response.body.contentLength,
            errorCode: errorCode
        )
        return response
    }

    private func translate(_ error: any Error, request: Request) -> ServiceError {
        switch error {
        case let error as ServiceError:
            return error
        case let error as HTTPError where error.status == .notFound:
            let path = request.uri.path
            if let allowed = ServiceRoutes.methods[path] {
                return .methodNotAllowed(request.method.rawValue, allowed: allowed.map(\.rawValue))
            }
            return .notFound(path)
        case let error as any HTTPResponseError where (400..<500).contains(error.status.code):
            return ServiceError(status: error.status, code: "request.invalid", message: error.status.reasonPhrase)
        default:
            logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            return .internalError
        }
    }

    private func harden(_ headers: inout HTTPFields) {
        headers[.xContentTypeOptions] = "nosniff"
        headers[.referrerPolicy] = "no-referrer"
        headers[.cacheControl] = "no-store"
        if headers[.contentSecurityPolicy] == nil { headers[.contentSecurityPolicy] = Self.lockedDownPolicy }
    }
}
