import Foundation

/// A record on its way from the reader to a worker.
struct WorkItem: Sendable {
    /// The record's number in the run.
    var number: Int
    /// The record, or the reader's fault in its place.
    var result: Result<InputRecord, RecordFailure>
    /// Input bytes read up to the end of this record, across all inputs.
    var inputPosition: Int64

    /// The record's result: the processor's output, or the reader's error.
    func process(with processor: some BatchProcessor) -> BatchRecord {
        switch result {
        case .success(let record):
            BatchRecord(number: number, source: record.source, outcome: processor.process(record, number: number))
        case .failure(let failure):
            BatchRecord(number: number, source: failure.source, outcome: .failure(failure.error))
        }
    }
}

/// A record on its way from a worker to the writer.
struct FinishedRecord: Sendable {
    var record: BatchRecord
    /// See ``WorkItem/inputPosition``.
    var inputPosition: Int64
}

/// What the reader counts besides records: inputs and records passed over.
final class ReadTally: @unchecked Sendable {
    private let lock = NSLock()
    private var _inputs = 0
    private var _skipped: [String: Int] = [:]
    private var _bytesRead: Int64 = 0

    /// Adds one finished input.
    func add(skipped: [String: Int], bytesRead: Int64) {
        lock.lock()
        _inputs += 1
        _skipped.merge(skipped, uniquingKeysWith: +)
        _bytesRead += bytesRead
        lock.unlock()
    }

    /// The counts so far.
    var counts: (inputs: Int, skipped: [String: Int], bytesRead: Int64) {
        lock.lock()
        defer { lock.unlock() }
        return (_inputs, _skipped, _bytesRead)
    }
}

/// A counter that threads count down, each learning whether it was the last.
final class Countdown: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Int

    init(_ value: Int) { self.value = value }

    /// Counts one down; returns what is left.
    func decrement() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value -= 1
        return value
    }
}

extension BatchRunner {
    /// The reader stage: every record of every source into the work queue, then closes it.
    /// Stops early only when the run is cancelled.
    static func read(
        _ sources: [InputSource],
        limits: InputLimits,
        window: InFlightWindow,
        work: BoundedQueue<WorkItem>,
        tally: ReadTally
    ) {
        defer { work.close() }
        var number = 0
        var position: Int64 = 0
        func send(_ result: Result<InputRecord, RecordFailure>, at inputPosition: Int64) -> Bool {
            number += 1
            let cost = (try? result.get())?.bytes.count ?? 0
            return window.acquire() && work.push(WorkItem(number: number, result: result, inputPosition: inputPosition), cost: cost)
        }
        for source in sources {
            var reader: any RecordReader
            do {
                reader = try source.makeReader(limits: limits)
            } catch {
                let failure = RecordFailure(source: RecordSource(path: source.path, location: .wholeFile), error: error)
                position += source.byteCount ?? 0
                tally.add(skipped: [:], bytesRead: 0)
                guard send(.failure(failure), at: position) else { return }
                continue
            }
            while let result = reader.next() {
                guard send(result, at: position + reader.bytesRead) else { return }
            }
            position += reader.bytesRead
            tally.add(skipped: reader.skipped, bytesRead: reader.bytesRead)
        }
    }
}
