import NIOConcurrencyHelpers

/// Admits at most a fixed number of requests at once and turns the rest away at the door, so a
/// burst gets fast 503s instead of a queue that grows without bound.
final class AdmissionGate: Sendable {
    private let capacity: Int
    private let admitted = NIOLockedValueBox(0)

    /// - Parameter capacity: requests admitted at once.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Requests inside now.
    var count: Int { admitted.withLockedValue { $0 } }

    /// Runs `body` if a place is free, holding the place until it returns.
    ///
    /// - Returns: `body`'s value, or nil when every place was taken (`body` did not run).
    func ifAdmitted<Value>(_ body: () async throws -> Value) async rethrows -> Value? {
        let entered = admitted.withLockedValue { count in
            guard count < capacity else { return false }
            count += 1
            return true
        }
        guard entered else { return nil }
        defer { admitted.withLockedValue { $0 -= 1 } }
        return try await body()
    }
}
