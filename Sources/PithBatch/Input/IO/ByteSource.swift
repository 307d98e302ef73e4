#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw bytes pulled in chunks from an open file, standard input or memory.
///
/// The readers in this module sit on a `ByteSource`; none of them reads a file whole. A source
/// closes the file it opened when it is released. Use one source from one thread.
public final class ByteSource {
    private enum Storage {
        case file(descriptor: Int32, closeOnRelease: Bool)
        case memory([UInt8])
    }

    private let storage: Storage
    /// Bytes read ahead by ``peek(upTo:)`` and not yet handed out.
    private var pending: [UInt8] = []
    /// Offset of the next byte `read` hands out, counted from where the source started.
    private var position: Int64 = 0
    /// The descriptor's offset when the source was made (seeks add it).
    private var base: Int64 = 0  // set once, in init

    /// The path given to ``init(path:)``, `-` for standard input, or the name given for memory.
    public let name: String

    /// Size in bytes when known without reading (regular files and memory); `nil` for pipes.
    public let size: Int64?

    /// Whether ``seek(to:)`` works (regular files and memory). Readers use it to go back and
    /// resynchronise after a fault; without it they resynchronise forward only.
    public let isSeekable: Bool

    /// Opens a file for reading.
    ///
    /// - Throws: `io.open_failed` when the file cannot be opened or is a directory.
    public init(path: String) throws(InputError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(.ioOpenFailed, "cannot open \(path): \(Self.errnoText())")
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let text = Self.errnoText()
            close(descriptor)
            throw InputError(.ioOpenFailed, "cannot examine \(path): \(text)")
        }
        let type = info.st_mode & S_IFMT
        guard type != S_IFDIR else {
            close(descriptor)
            throw InputError(.ioOpenFailed, "\(path) is a directory")
        }
        storage = .file(descriptor: descriptor, closeOnRelease: true)
        name = path
        size = type == S_IFREG ? Int64(info.st_size) : nil
        isSeekable = type == S_IFREG
    }

    /// Reads from standard input, which stays open when the source is released.
    public static func standardInput() -> ByteSource {
        ByteSource(fileDescriptor: 0, closeOnRelease: false, name: "-")
    }

    /// Reads from a file descriptor that is already open (a pipe, a socket, a file).
    ///
    /// Only a regular file is seekable; sizes and seeks count from its current offset.
    /// - Parameters:
    ///   - descriptor: The open descriptor.
    ///   - closeOnRelease: Whether the source closes it when released.
    ///   - name: A name for error messages and record identities.
    public init(fileDescriptor descriptor: Int32, closeOnRelease: Bool, name: String) {
        var info = stat()
        let regular = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        let start = regular ? lseek(descriptor, 0, SEEK_CUR) : -1
        storage = .file(descriptor: descriptor, closeOnRelease: closeOnRelease)
        self.name = name
        size = regular && start >= 0 ? Int64(info.st_size) - Int64(start) : nil
        isSeekable = regular && start >= 0
        base = regular && start >= 0 ? Int64(start) : 0
    }

    /// Serves bytes held in memory (tests, and data already loaded by the caller).
    ///
    /// - Parameters:
    ///   - bytes: The bytes.
    ///   - name: A name for error messages.
    public init(bytes: [UInt8], name: String = "<memory>") {
        storage = .memory(bytes)
        self.name = name
        size = Int64(bytes.count)
        isSeekable = true
    }

    deinit {
        if case .file(let descriptor, true) = storage { close(descriptor) }
    }

    /// Offset of the next byte ``read(into:)`` hands out: the bytes consumed so far.
    public var offset: Int64 { position }

    /// Copies the next bytes into `buffer`.
    ///
    /// - Returns: The number of bytes copied, `0` only at the end of the input.
    /// - Throws: `io.read_failed` when the system call fails.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        guard buffer.count > 0 else { return 0 }
        if !pending.isEmpty {
            let count = min(buffer.count, pending.count)
            pending.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            pending.removeFirst(count)
            position += Int64(count)
            return count
        }
        let count = try rawRead(into: buffer, at: position)
        position += Int64(count)
        return count
    }

    /// The next bytes without consuming them: up to `count` bytes, fewer only at the end of input.
    ///
    /// Used to sniff formats and compression, including on standard input.
    /// - Throws: `io.read_failed`.
    public func peek(upTo count: Int) throws(InputError) -> [UInt8] {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 4096, alignment: 16)
        defer { scratch.deallocate() }
        while pending.count < count {
            let want = min(scratch.count, count - pending.count)
            let got = try rawRead(
                into: UnsafeMutableRawBufferPointer(rebasing: scratch[..<want]),
                at: position + Int64(pending.count))
            if got == 0 { break }
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<got]))
        }
        return Array(pending.prefix(count))
    }

    /// Moves to an absolute offset.
    ///
    /// - Precondition: ``isSeekable``.
    /// - Throws: `io.read_failed` when the system call fails.
    public func seek(to offset: Int64) throws(InputError) {
        precondition(isSeekable, "seek(to:) on a source that cannot seek")
        pending.removeAll()
        if case .file(let descriptor, _) = storage {
            guard lseek(descriptor, off_t(base + offset), SEEK_SET) >= 0 else {
                throw InputError(.ioReadFailed, "cannot seek in \(name): \(Self.errnoText())")
            }
        }
        position = offset
    }

    /// Reads from the underlying storage, after any pending bytes.
    private func rawRead(into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws(InputError) -> Int {
        switch storage {
        case .memory(let bytes):
            let start = Int(clamping: min(offset, Int64(bytes.count)))
            let count = min(buffer.count, bytes.count - start)
            if count > 0 {
                bytes.withUnsafeBytes {
                    buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[start..<(start + count)]))
                }
            }
            return count
        case .file(let descriptor, _):
            while true {
                let count = posixRead(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno == EINTR { continue }
                throw InputError(.ioReadFailed, "cannot read \(name): \(Self.errnoText())")
            }
        }
    }

    private static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}

/// The C `read`, named apart from ``ByteSource/read(into:)``.
@inline(__always)
private func posixRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(descriptor, buffer, count)
    #else
    return Glibc.read(descriptor, buffer, count)
    #endif
}
