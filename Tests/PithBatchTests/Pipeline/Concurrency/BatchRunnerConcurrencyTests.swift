import Foundation
import Testing
@testable import PithBatch

/// The pipeline's flow: a record stuck in one worker holds up no other, the window bounds what
/// runs ahead under input order, and a failing sink stops the run without hanging.
@Suite("BatchRunner flow")
struct BatchRunnerConcurrencyTests {
    typealias W = WARCBuilder

    /// Processes like ``ArticleProcessor`` but holds record 1 until `release` returns, counting
    /// the other records processed meanwhile.
    final class GatedProcessor: BatchProcessor, @unchecked Sendable {
        let inner = ArticleProcessor()
        let release: @Sendable (GatedProcessor) -> Bool
        private let lock = NSLock()
        private var _othersProcessed = 0
        private var _released: Bool?

        init(release: @escaping @Sendable (GatedProcessor) -> Bool) { self.release = release }

        var othersProcessed: Int { lock.withLock { _othersProcessed } }
        /// Whether record 1 was released in time (`nil` before it was processed).
        var released: Bool? { lock.withLock { _released } }

        func process(_ record: InputRecord, number: Int) -> Result<ProcessedDocument, InputError> {
            if number == 1 {
                let inTime = release(self)
                lock.withLock { _released = inTime }
            }
            let result = inner.process(record, number: number)
            if number != 1 { lock.withLock { _othersProcessed += 1 } }
            return result
        }
    }

    /// A WARC whose first record is `firstBytes` of page (mostly one comment: cheap to extract,
    /// expensive to carry) and whose other `count - 1` records are small pages.
    static func warc(count: Int, firstBytes: Int) throws -> (TemporaryDirectory, String) {
        let comment = "<!--" + String(repeating: "x", count: firstBytes) + "-->"
        let huge = Array("<html><head><title>Huge</title></head><body>\(comment)<p>The end.</p></body></html>".utf8)
        let first = W.record(type: "response", number: 1, uri: "http://example.test/huge",
                             contentType: "application/http; msgtype=response", block: W.http(body: huge))
        let directory = try TemporaryDirectory()
        let path = try directory.write("crawl.warc.gz", W.gzipPerRecord([first] + (2...count).map { W.response($0) }))
        return (directory, path)
    }

    /// Generous bound for waits that succeed at once when the pipeline is right.
    static func deadline() -> DispatchTime { .now() + .seconds(120) }

    @Test("a huge record held in one worker blocks none of the others")
    func hugeRecordDoesNotBlock() throws {
        let (directory, path) = try Self.warc(count: 12, firstBytes: 1 << 20)
        _ = directory
        let othersWritten = DispatchSemaphore(value: 0)
        let processor = GatedProcessor { _ in othersWritten.wait(timeout: Self.deadline()) == .success }
        let sink = CollectingSink()
        sink.afterWrite = { count in if count == 11 { othersWritten.signal() } }
        var options = BatchHarness.options(threads: 2, order: .completion)
        options.maxQueuedBytes = 64 << 10  // the huge record travels alone
        let summary = try BatchRunner(options: options).run(InputSource.discover([path]).sources, processor: processor, sink: sink)

        #expect(processor.released == true)
        #expect(sink.numbers.count == 12)
        #expect(sink.numbers.last == 1)
        #expect(Set(sink.numbers) == Set(1...12))
        #expect(summary.documents == 12)
    }

    @Test("under input order, work runs ahead of a stuck record by the window, then output is in order")
    func inputOrderWindow() throws {
        let (directory, path) = try Self.warc(count: 20, firstBytes: 100)
        _ = directory
        let window = 4
        let processor = GatedProcessor { gated in
            // Wait until the other records of the window are done, then give the pipeline a
            // moment to overrun the window if it could.
            while gated.othersProcessed < window - 1 { usleep(1000) }
            usleep(200_000)
            return gated.othersProcessed == window - 1
        }
        let sink = CollectingSink()
        var options = BatchHarness.options(threads: 2, order: .input)
        options.recordsInFlight = window
        _ = try BatchRunner(options: options).run(InputSource.discover([path]).sources, processor: processor, sink: sink)

        #expect(processor.released == true)
        #expect(sink.numbers == Array(1...20))
    }

    @Test("a sink that fails stops the run and the error comes out", arguments: [BatchOptions.Order.input, .completion])
    func sinkFailure(order: BatchOptions.Order) throws {
        let (directory, path) = try Self.warc(count: 30, firstBytes: 10)
        _ = directory
        let sink = CollectingSink()
        sink.failsAtWrite = 3
        var options = BatchHarness.options(threads: 2, order: order)
        options.recordsInFlight = 4
        #expect(throws: CollectingSink.Failure()) {
            try BatchRunner(options: options).run(InputSource.discover([path]).sources, processor: ArticleProcessor(), sink: sink)
        }
        #expect(sink.records.count == 2)
    }

    @Test("output that cannot be written is a write error")
    func unwritableOutput() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let (directory, path) = try Self.warc(count: 3, firstBytes: 10)
        _ = directory
        let sink = try JSONLinesSink(path: "/dev/full")
        do {
            _ = try BatchRunner(options: BatchHarness.options(threads: 1)).run(InputSource.discover([path]).sources, processor: ArticleProcessor(), sink: sink)
            Issue.record("writing to /dev/full succeeded")
        } catch let error as BatchOutputError {
            #expect(error.code == .writeFailed)
        }
    }
}
