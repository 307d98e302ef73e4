import Foundation

/// A counting gate on the records between the reader and the writer.
///
/// The reader takes a ticket before it hands a record on; the writer gives it back once the
/// record's line is written. So at most ``limit`` records are queued, being extracted or waiting
/// for their turn in the reorder buffer, whatever the input size — and the reorder buffer never
/// needs more than ``limit`` slots.
final class InFlightWindow: @unchecked Sendable {
    /// Most records in flight.
    let limit: Int

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var inFlight = 0
    private var cancelled = false

    /// Makes a window of `limit` tickets (at least 1).
    init(limit: Int) {
        precondition(limit >= 1, "a window needs at least one ticket")
        self.limit = limit
    }

    /// Takes a ticket, waiting while all are out.
    ///
    /// - Returns: `false` once the window is cancelled.
    func acquire() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while inFlight >= limit && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        inFlight += 1
        return true
    }

    /// Gives a ticket back.
    func release() {
        condition.lock()
        precondition(inFlight > 0, "released a ticket that was never taken")
        inFlight -= 1
        condition.signal()
        condition.unlock()
    }

    /// Wakes a waiting reader for good: every later ``acquire()`` fails.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
