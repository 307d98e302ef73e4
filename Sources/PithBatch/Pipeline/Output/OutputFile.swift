#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or descriptor written through a buffer, with every failure reported (nothing is
/// dropped silently, short writes and `EINTR` are retried).
final class OutputFile {
    /// Bytes gathered before a write. Large enough that writing costs little next to
    /// extraction, small enough that a consumer sees lines promptly once flushed.
    static let bufferBytes = 256 << 10

    /// The path or name, for messages.
    let name: String
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var buffer: [UInt8] = []

    /// Creates (or truncates) a file.
    ///
    /// - Throws: `output.open_failed`.
    init(path: String) throws(BatchOutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BatchOutputError(.openFailed, "cannot create \(path): \(Self.errnoText())")
        }
        self.descriptor = descriptor
        closesDescriptor = true
        name = path
        buffer.reserveCapacity(Self.bufferBytes)
    }

    /// Writes to an open descriptor (standard output), which is left open.
    init(fileDescriptor: Int32, name: String) {
        descriptor = fileDescriptor
        closesDescriptor = false
        self.name = name
        buffer.reserveCapacity(Self.bufferBytes)
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// Appends `text`, writing when the buffer is full.
    ///
    /// - Throws: `output.write_failed`.
    func write(_ text: String) throws(BatchOutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferBytes { try flush() }
    }

    /// Writes out everything buffered.
    ///
    /// - Throws: `output.write_failed`.
    func flush() throws(BatchOutputError) {
        var written = 0
        while written < buffer.count {
            let result = buffer.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress! + written, raw.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw BatchOutputError(.writeFailed, "cannot write \(name): \(Self.errnoText())")
            }
            written += result
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `text` as the whole content of a new file at `path`.
    ///
    /// - Throws: `output.open_failed`, `output.write_failed`.
    static func write(_ text: String, toNewFileAt path: String) throws(BatchOutputError) {
        let file = try OutputFile(path: path)
        try file.write(text)
        try file.flush()
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// The system call `write(2)`, named apart from `OutputFile.write(_:)`, which hides it inside the class.
@inline(__always)
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
