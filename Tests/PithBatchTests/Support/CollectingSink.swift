import Foundation
@testable import PithBatch

/// A sink that keeps results in memory, optionally calling back after each write and failing
/// at a given write.
final class CollectingSink: BatchSink {
    struct Failure: Error, Equatable {}

    private(set) var records: [BatchRecord] = []
    private(set) var duplicates: [DuplicateMatch?] = []
    /// Called after each write with the count so far.
    var afterWrite: (Int) -> Void = { _ in }
    /// The 1-based write that throws ``Failure``; `nil` never.
    var failsAtWrite: Int?

    func write(_ record: BatchRecord, duplicate: DuplicateMatch?) throws {
        if let failsAtWrite, records.count + 1 == failsAtWrite { throw Failure() }
        records.append(record)
        duplicates.append(duplicate)
        afterWrite(records.count)
    }

    func flush() throws {}

    /// Record numbers in the order written.
    var numbers: [Int] { records.map(\.number) }
}

/// An integer shared between threads.
final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
