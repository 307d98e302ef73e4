import Foundation
import Testing
@testable import PithBatch

@Suite("BoundedQueue, InFlightWindow and ReorderBuffer")
struct BoundedQueueTests {
    @Test("elements come out in order across threads")
    func order() {
        let queue = BoundedQueue<Int>(capacity: 3)
        let producer = ThreadGroup()
        producer.start(name: "producer") {
            for value in 1...100 { _ = queue.push(value) }
            queue.close()
        }
        var values: [Int] = []
        while let value = queue.pop() { values.append(value) }
        producer.wait()
        #expect(values == Array(1...100))
    }

    @Test("a full queue holds its producer back")
    func capacity() {
        let queue = BoundedQueue<Int>(capacity: 2)
        let pushed = SharedCounter()
        let producer = ThreadGroup()
        producer.start(name: "producer") {
            for value in 1...5 {
                _ = queue.push(value)
                pushed.increment()
            }
        }
        usleep(200_000)
        #expect(pushed.value == 2)  // the third push waits
        var values: [Int] = []
        for _ in 1...5 { values.append(queue.pop()!) }
        producer.wait()
        #expect(values == [1, 2, 3, 4, 5])
    }

    @Test("the cost limit holds, except for one oversized element alone")
    func cost() {
        let queue = BoundedQueue<Int>(capacity: 10, costLimit: 100)
        #expect(queue.push(1, cost: 500))  // alone: admitted
        let pushed = SharedCounter()
        let producer = ThreadGroup()
        producer.start(name: "producer") {
            _ = queue.push(2, cost: 60)
            pushed.increment()
            _ = queue.push(3, cost: 60)
            pushed.increment()
        }
        usleep(100_000)
        #expect(pushed.value == 0)  // 2 waits for the oversized 1 to leave
        #expect(queue.pop() == 1)
        usleep(100_000)
        #expect(pushed.value == 1)  // 2 is in; 3 would pass the limit
        #expect(queue.pop() == 2)
        #expect(queue.pop() == 3)
        producer.wait()
    }

    @Test("closing lets consumers drain; cancelling drops everything")
    func closeAndCancel() {
        let closing = BoundedQueue<Int>(capacity: 4)
        _ = closing.push(1)
        closing.close()
        #expect(!closing.push(2))
        #expect(closing.pop() == 1)
        #expect(closing.pop() == nil)

        let cancelling = BoundedQueue<Int>(capacity: 4)
        _ = cancelling.push(1)
        cancelling.cancel()
        #expect(cancelling.pop() == nil)
        #expect(!cancelling.push(2))
        #expect(cancelling.isEmpty)
    }

    @Test("a timed pop times out on an empty open queue")
    func timedPop() {
        let queue = BoundedQueue<Int>(capacity: 1)
        guard case .timedOut = queue.pop(waitingUntil: Date(timeIntervalSinceNow: 0.01)) else {
            Issue.record("expected a time-out")
            return
        }
        _ = queue.push(7)
        guard case .element(7) = queue.pop(waitingUntil: Date(timeIntervalSinceNow: 0.01)) else {
            Issue.record("expected the element")
            return
        }
        queue.close()
        guard case .finished = queue.pop(waitingUntil: Date(timeIntervalSinceNow: 0.01)) else {
            Issue.record("expected the end")
            return
        }
    }

    @Test("the window hands out its tickets, then waits; cancelling wakes it for good")
    func window() {
        let window = InFlightWindow(limit: 2)
        #expect(window.acquire())
        #expect(window.acquire())
        window.release()
        #expect(window.acquire())
        let waiter = ThreadGroup()
        let refused = SharedCounter()
        waiter.start(name: "waiter") { if !window.acquire() { refused.increment() } }
        usleep(50_000)
        window.cancel()
        waiter.wait()
        #expect(refused.value == 1)
    }

    @Test("the reorder buffer releases records in number order")
    func reorder() {
        var buffer = ReorderBuffer<String>(capacity: 4)
        buffer.insert("c", number: 3)
        buffer.insert("b", number: 2)
        #expect(buffer.popNext() == nil)
        buffer.insert("a", number: 1)
        #expect([buffer.popNext(), buffer.popNext(), buffer.popNext(), buffer.popNext()] == ["a", "b", "c", nil])
        buffer.insert("g", number: 7)  // 4 places ahead of 4 would not fit; 3 does
        buffer.insert("d", number: 4)
        #expect(buffer.popNext() == "d")
        #expect(buffer.count == 1)
    }
}
