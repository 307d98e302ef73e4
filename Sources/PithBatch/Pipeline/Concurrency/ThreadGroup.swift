import Foundation

/// Threads started together and waited for together: the reader and the workers of a batch run.
///
/// Extraction is synchronous and CPU-bound, so each worker is a plain thread rather than a task
/// on a cooperative pool that it would monopolise.
final class ThreadGroup: @unchecked Sendable {
    /// Stack of each thread. The parser and extractor never recurse over input depth, so this
    /// is the usual main-thread size for headroom, not a requirement.
    static let stackBytes = 8 << 20

    private let group = DispatchGroup()

    /// Starts a thread running `body`.
    func start(name: String, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread { [group] in
            body()
            group.leave()
        }
        thread.name = name
        thread.stackSize = Self.stackBytes
        thread.start()
    }

    /// Waits until every thread started has finished.
    func wait() { group.wait() }
}
