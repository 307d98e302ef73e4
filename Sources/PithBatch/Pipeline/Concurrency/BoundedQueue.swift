import Foundation

/// A first-in, first-out queue between threads, bounded in elements and in cost (bytes).
///
/// Producers block while the queue is full, consumers while it is empty: this is the
/// back-pressure between the reader, the workers and the writer of a batch run. An element
/// costlier than the whole cost limit is still admitted when the queue is empty, so one huge
/// record cannot wedge the pipeline.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    /// What a timed ``pop(waitingUntil:)`` found.
    enum Pop {
        case element(Element)
        case timedOut
        case finished
    }

    /// Most elements held at once.
    let capacity: Int
    /// Most cost held at once (except for a single element, see the type's discussion).
    let costLimit: Int

    // All state below is guarded by `condition`.
    private let condition = NSCondition()
    private var ring: [(element: Element, cost: Int)?]
    private var head = 0
    private var count = 0
    private var queuedCost = 0
    private var closed = false
    private var cancelled = false

    /// Makes an empty queue.
    ///
    /// - Parameters:
    ///   - capacity: Most elements held at once; at least 1.
    ///   - costLimit: Most total cost held at once. Default: unbounded.
    init(capacity: Int, costLimit: Int = .max) {
        precondition(capacity >= 1, "a queue needs room for one element")
        self.capacity = capacity
        self.costLimit = costLimit
        ring = Array(repeating: nil, count: capacity)
    }

    /// Appends `element`, waiting while the queue is full.
    ///
    /// - Returns: `false`, without appending, once the queue is closed or cancelled.
    func push(_ element: Element, cost: Int = 0) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !closed && !cancelled && !admits(cost) { condition.wait() }
        guard !closed && !cancelled else { return false }
        ring[(head + count) % capacity] = (element, cost)
        count += 1
        queuedCost += cost
        condition.broadcast()
        return true
    }

    /// Whether an element of `cost` fits now. Caller holds the lock.
    private func admits(_ cost: Int) -> Bool {
        count < capacity && (count == 0 || queuedCost <= costLimit - cost)
    }

    /// The oldest element, waiting while the queue is empty; `nil` once it is closed and
    /// drained, or cancelled.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed && !cancelled { condition.wait() }
        return takeFirst()
    }

    /// The oldest element, waiting at most until `deadline`.
    func pop(waitingUntil deadline: Date) -> Pop {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed && !cancelled {
            if !condition.wait(until: deadline), count == 0 && !closed && !cancelled { return .timedOut }
        }
        return takeFirst().map(Pop.element) ?? .finished
    }

    /// Removes and returns the oldest element; `nil` when empty or cancelled. Caller holds the lock.
    private func takeFirst() -> Element? {
        guard !cancelled, count > 0, let (element, cost) = ring[head] else { return nil }
        ring[head] = nil
        head = (head + 1) % capacity
        count -= 1
        queuedCost -= cost
        condition.broadcast()
        return element
    }

    /// Whether nothing is queued right now.
    var isEmpty: Bool {
        condition.lock()
        defer { condition.unlock() }
        return count == 0
    }

    /// Refuses further pushes; consumers still drain what is queued, then get `nil`.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Drops everything queued and wakes every waiting thread: pushes fail, pops return `nil`.
    func cancel() {
        condition.lock()
        cancelled = true
        ring = Array(repeating: nil, count: capacity)
        count = 0
        queuedCost = 0
        condition.broadcast()
        condition.unlock()
    }
}
