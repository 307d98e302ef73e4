import Foundation

extension ServiceMetrics {
    /// The metrics in the Prometheus text exposition format (version 0.0.4).
    ///
    /// - Parameters:
    ///   - admittedExtractions: `/v1/extract` requests inside the admission gate now.
    ///   - extractionCapacity: how many the gate admits at once.
    func prometheusText(admittedExtractions: Int, extractionCapacity: Int) -> String {
        let state = state.withLockedValue { $0 }
        var lines: [String] = []
        func family(_ name: String, _ type: String, _ help: String) {
            lines.append("# HELP \(name) \(help)")
            lines.append("# TYPE \(name) \(type)")
        }

        family("pith_http_requests_total", "counter", "HTTP requests answered, by route, method and status.")
        for (key, count) in state.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            lines.append("pith_http_requests_total{route=\(quoted(key.route)),method=\(quoted(key.method)),status=\"\(key.status)\"} \(count)")
        }

        family("pith_http_request_duration_seconds", "histogram", "Time from request head to response head, by route.")
        for (route, histogram) in state.latency.sorted(by: { $0.key < $1.key }) {
            var cumulative = 0
            for (bound, count) in zip(Self.latencyBuckets, histogram.bucketCounts) {
                cumulative += count
                lines.append("pith_http_request_duration_seconds_bucket{route=\(quoted(route)),le=\"\(bound)\"} \(cumulative)")
            }
            lines.append("pith_http_request_duration_seconds_bucket{route=\(quoted(route)),le=\"+Inf\"} \(histogram.count)")
            lines.append("pith_http_request_duration_seconds_sum{route=\(quoted(route))} \(histogram.sum)")
            lines.append("pith_http_request_duration_seconds_count{route=\(quoted(route))} \(histogram.count)")
        }

        family("pith_http_request_bytes_total", "counter", "Request body bytes received, by route.")
        for (route, bytes) in state.requestBytes.sorted(by: { $0.key < $1.key }) {
            lines.append("pith_http_request_bytes_total{route=\(quoted(route))} \(bytes)")
        }
        family("pith_http_response_bytes_total", "counter", "Response body bytes sent, by route.")
        for (route, bytes) in state.responseBytes.sorted(by: { $0.key < $1.key }) {
            lines.append("pith_http_response_bytes_total{route=\(quoted(route))} \(bytes)")
        }

        family("pith_http_errors_total", "counter", "Error responses, by error code.")
        for (code, count) in state.errors.sorted(by: { $0.key < $1.key }) {
            lines.append("pith_http_errors_total{code=\(quoted(code))} \(count)")
        }

        family("pith_http_requests_in_flight", "gauge", "Requests being answered now.")
        lines.append("pith_http_requests_in_flight \(state.inFlight)")

        family("pith_extract_requests_admitted", "gauge", "Extraction requests admitted now; at the capacity, more get 503.")
        lines.append("pith_extract_requests_admitted \(admittedExtractions)")
        family("pith_extract_requests_capacity", "gauge", "Extraction requests admitted at once (--max-concurrent-requests).")
        lines.append("pith_extract_requests_capacity \(extractionCapacity)")

        if let resident = Self.residentMemoryBytes() {
            family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.")
            lines.append("process_resident_memory_bytes \(resident)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A label value in quotes, with `\`, `"` and newlines escaped as the format requires.
    private func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// The process's resident set size from `/proc/self/statm` (Linux); nil elsewhere.
    static func residentMemoryBytes() -> Int? {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
