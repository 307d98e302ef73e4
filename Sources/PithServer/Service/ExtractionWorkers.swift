import NIOPosix
import Pith
import ServiceLifecycle

/// The threads that run extractions. Extraction is CPU-bound and synchronous, so it runs here
/// rather than on the event loops (which must stay free to accept, answer health checks and
/// turn away excess requests) or Swift's cooperative pool (which it would starve).
final class ExtractionWorkers: Service, Sendable {
    private let pool: NIOThreadPool

    /// Starts `threads` threads; they stop when the service is shut down.
    init(threads: Int) {
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    /// Extracts the article from page bytes on a worker thread.
    func extract(_ bytes: [UInt8], url: String?, charset: String?, options: ExtractionOptions) async throws -> Article {
        try await pool.runIfActive {
            Extractor(options: options).extract(html: bytes, url: url, transportCharset: charset)
        }
    }

    /// Extracts the article from plain text (text mode) on a worker thread.
    func extract(text: String, url: String?, options: ExtractionOptions) async throws -> Article {
        try await pool.runIfActive {
            Extractor(options: options).extract(text: text, url: url)
        }
    }

    /// Waits for the service group's shutdown, then lets running extractions finish.
    func run() async throws {
        try? await gracefulShutdown()
        try await pool.shutdownGracefully()
    }
}
