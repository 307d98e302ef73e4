import NIOConcurrencyHelpers

/// The service's counters, served at `/metrics` in the Prometheus text format: requests by
/// route, method and status; latency histograms by route; bytes in and out; errors by code;
/// requests in flight; and the process's resident memory.
///
/// Labels come from a closed set (the route table, ``unmatchedRoute``, the service's own error
/// codes), so the number of series is bounded whatever paths clients send.
final class ServiceMetrics: Sendable {
    /// The route label of requests that matched no endpoint.
    static let unmatchedRoute = "unmatched"
    /// Upper bounds of the latency histogram, in seconds: from a health check (under 5 ms) to a
    /// fetch at its time limit (10 s).
    static let latencyBuckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    /// Methods counted under their own name.
    static let standardMethods: Set<String> = ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT", "TRACE"]

    /// The method label of a request: a standard method by name, any other as `OTHER`, so that
    /// clients cannot mint metric series.
    static func methodLabel(_ method: String) -> String {
        standardMethods.contains(method) ? method : "OTHER"
    }

    struct RequestKey: Hashable {
        var route: String
        var method: String
        var status: Int
    }

    struct Histogram {
        /// Observations at or under each bucket's bound (not cumulative; summed when rendered).
        var bucketCounts = [Int](repeating: 0, count: ServiceMetrics.latencyBuckets.count)
        var count = 0
        var sum = 0.0

        mutating func observe(_ seconds: Double) {
            if let bucket = ServiceMetrics.latencyBuckets.firstIndex(where: { seconds <= $0 }) { bucketCounts[bucket] += 1 }
            count += 1
            sum += seconds
        }
    }

    struct State {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var requestBytes: [String: Int] = [:]
        var responseBytes: [String: Int] = [:]
        var errors: [String: Int] = [:]
        var inFlight = 0
    }

    let state = NIOLockedValueBox(State())

    /// Counts a request that has started.
    func requestStarted() {
        state.withLockedValue { $0.inFlight += 1 }
    }

    /// Records a finished request.
    ///
    /// - Parameters:
    ///   - route: the endpoint's path, or ``unmatchedRoute``.
    ///   - seconds: time from the request head to the response head.
    ///   - requestBytes: the body's declared length, when given.
    ///   - responseBytes: the response body's length, when known.
    ///   - errorCode: the ``ServiceError/code`` of an error response.
    func requestFinished(route: String, method: String, status: Int, seconds: Double, requestBytes: Int?, responseBytes: Int?, errorCode: String?) {
        state.withLockedValue { state in
            state.inFlight -= 1
            state.requests[RequestKey(route: route, method: method, status: status), default: 0] += 1
            state.latency[route, default: Histogram()].observe(seconds)
            if let requestBytes { state.requestBytes[route, default: 0] += requestBytes }
            if let responseBytes { state.responseBytes[route, default: 0] += responseBytes }
            if let errorCode { state.errors[errorCode, default: 0] += 1 }
        }
    }
}
