import CZlib

/// Streaming gzip decompression that knows where each gzip member starts.
///
/// A `.warc.gz` file as Common Crawl writes it is one gzip member per record. The reader inflates
/// one member at a time: ``read(into:)`` returns `0` at the end of the current member, and
/// ``nextMember()`` moves on. After a fault inside a member (``read(into:)`` threw), `nextMember()`
/// resynchronises: it looks for the next gzip header after the start of the failed member, going
/// back in the file when the source can seek, so a damaged record costs only itself.
///
/// Input is pulled from a ``ByteSource`` in chunks of a fixed size; memory is the chunk, zlib's
/// 32 KiB window and its state, whatever the file's size. zlib streams (RFC 1950) are accepted
/// too (`windowBits` 15 + 32).
///
/// ```swift
/// let gzip = GzipReader(source: try ByteSource(path: path))
/// repeat {
///     while try gzip.read(into: buffer) > 0 { … }
/// } while try gzip.nextMember()
/// ```
public final class GzipReader {
    private enum State {
        /// At the start of a member: nothing of it inflated yet.
        case memberStart
        case inMember
        /// The member's trailer was read and its checksum matched.
        case memberEnded
        /// The last `read` threw; `nextMember` resynchronises.
        case failed
        /// No more members.
        case finished
    }

    private let source: ByteSource
    // SAFETY: zlib keeps a pointer back to its `z_stream`, so the stream lives at a fixed address
    // allocated in `init` and freed in `deinit`.
    private let stream: UnsafeMutablePointer<z_stream>
    /// Compressed input; `stream.next_in` points into it.
    private let input: UnsafeMutableRawBufferPointer
    /// File offset of `input[0]`.
    private var inputBase: Int64
    /// Valid bytes in `input`.
    private var inputCount = 0
    private var state = State.memberStart
    /// A fault found by the `inflate` call that also produced the last bytes returned; thrown by
    /// the next `read`, so that the bytes before a fault are delivered first.
    private var pendingError: InputError?

    /// File offset at which the current member starts (Common Crawl's index `offset`).
    public private(set) var memberOffset: Int64

    /// Number of members started before the current one (0 for the first).
    public private(set) var memberIndex = 0

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - source: The compressed bytes; reading starts at its current offset.
    ///   - chunkBytes: Size of each read from `source`. Default 64 KiB.
    public init(source: ByteSource, chunkBytes: Int = InputLimits().chunkBytes) {
        precondition(chunkBytes >= 64, "GzipReader needs a read chunk of at least 64 bytes")
        self.source = source
        input = .allocate(byteCount: chunkBytes, alignment: 16)
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        inputBase = source.offset
        memberOffset = source.offset
        let status = inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib inflateInit2 failed (\(status)): out of memory or a mismatched libz")
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
    }

    /// File offset of the next compressed byte zlib will consume: the compressed bytes used so far.
    public var compressedOffset: Int64 { inputBase + Int64(consumedIndex) }

    private var consumedIndex: Int { inputCount - Int(stream.pointee.avail_in) }

    /// Inflates bytes of the current member into `buffer`.
    ///
    /// - Returns: The number of bytes written; `0` at the end of the current member, and at the
    ///   end of input when no member is left (then ``nextMember()`` returns `false`).
    /// - Throws: `gzip.corrupt` for data that is not gzip, invalid deflate data or a checksum
    ///   mismatch; `gzip.truncated` when the input ends inside the member; `io.read_failed`.
    ///   After a throw, `read` returns `0` until ``nextMember()`` is called.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(InputError) -> Int {
        precondition(buffer.count > 0, "GzipReader.read(into:) needs room for at least one byte")
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        switch state {
        case .memberEnded, .failed, .finished:
            return 0
        case .memberStart:
            if stream.pointee.avail_in == 0, try refill() == 0 {
                state = .finished
                return 0
            }
            state = .inMember
        case .inMember:
            break
        }
        while true {
            if stream.pointee.avail_in == 0 {
                let count: Int
                do { count = try refill() } catch {
                    state = .failed
                    throw error
                }
                if count == 0 {
                    state = .failed
                    throw InputError(.gzipTruncated, "input ends inside the gzip member at offset \(memberOffset)")
                }
            }
            stream.pointee.next_out = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(buffer.count)
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = buffer.count - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                state = .memberEnded
                return produced
            case Z_OK where produced > 0:
                return produced
            case Z_OK:
                continue
            case Z_BUF_ERROR where stream.pointee.avail_in == 0:
                continue  // zlib wants more input
            default:
                state = .failed
                let error = corruptError(status: status)
                guard produced == 0 else {
                    pendingError = error
                    return produced
                }
                throw error
            }
        }
    }

    /// Moves to the next member.
    ///
    /// Called after ``read(into:)`` returned `0`, the next member starts where the last one
    /// ended. Called in the middle of a member, the rest of it is inflated and discarded. Called
    /// after a throw, the reader looks for the next gzip header from the byte after the failed
    /// member's start: from the file when the source can seek, else from what is still buffered
    /// and then forward. Bytes skipped that way are not reported again.
    ///
    /// - Returns: `false` when the input has no further member.
    /// - Throws: `io.read_failed`.
    public func nextMember() throws(InputError) -> Bool {
        pendingError = nil
        switch state {
        case .finished:
            return false
        case .memberStart, .inMember:
            try discardRestOfMember()
            if state == .finished { return false }
            if state == .failed { return try resynchronize() }
            return try startMember(at: consumedIndex)
        case .memberEnded:
            return try startMember(at: consumedIndex)
        case .failed:
            return try resynchronize()
        }
    }

    /// Inflates to the end of the member into a scratch buffer. A fault leaves `state == .failed`.
    private func discardRestOfMember() throws(InputError) {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 16 << 10, alignment: 16)
        defer { scratch.deallocate() }
        while true {
            do {
                if try read(into: scratch) == 0 { return }
            } catch where error.code == .ioReadFailed {
                throw error
            } catch {
                return  // state is .failed
            }
        }
    }

    /// Begins a member whose first byte is `input[index]`.
    private func startMember(at index: Int) throws(InputError) -> Bool {
        stream.pointee.next_in = input.baseAddress.map { $0.assumingMemoryBound(to: Bytef.self) + index }
        stream.pointee.avail_in = uInt(inputCount - index)
        inflateReset(stream)
        memberOffset = compressedOffset
        memberIndex += 1
        state = .memberStart
        if stream.pointee.avail_in == 0, try refill() == 0 {
            state = .finished
            return false
        }
        return true
    }

    /// Finds the next plausible gzip header after the failed member's first byte.
    private func resynchronize() throws(InputError) -> Bool {
        let scanStart = memberOffset + 1
        if source.isSeekable {
            try source.seek(to: scanStart)
            inputBase = scanStart
            inputCount = 0
            setConsumed(0)
        } else if scanStart >= inputBase, scanStart <= inputBase + Int64(inputCount) {
            setConsumed(Int(scanStart - inputBase))
        }
        // A gzip header is 10 bytes: 1f 8b 08 FLG MTIME(4) XFL OS.
        let headerLength = 10
        while true {
            if Int(stream.pointee.avail_in) < headerLength {
                if try refill() == 0 {
                    state = .finished
                    setConsumed(inputCount)
                    return false
                }
                continue
            }
            let start = consumedIndex
            let last = inputCount - headerLength
            var index = start
            while index <= last {
                if Self.isPlausibleHeader(input, at: index) {
                    return try startMember(at: index)
                }
                index += 1
            }
            setConsumed(last + 1)
        }
    }

    /// Whether `bytes[index...]` starts a gzip header that a writer could have produced: the magic,
    /// deflate, no reserved flag bits, a known extra-flags value and operating-system code.
    private static func isPlausibleHeader(_ bytes: UnsafeMutableRawBufferPointer, at index: Int) -> Bool {
        guard bytes[index] == 0x1F, bytes[index + 1] == 0x8B, bytes[index + 2] == 8 else { return false }
        let flags = bytes[index + 3]
        let extraFlags = bytes[index + 8]
        let system = bytes[index + 9]
        return flags & 0xE0 == 0 && (extraFlags == 0 || extraFlags == 2 || extraFlags == 4)
            && (system <= 13 || system == 255)
    }

    private func setConsumed(_ index: Int) {
        stream.pointee.next_in = input.baseAddress.map { $0.assumingMemoryBound(to: Bytef.self) + index }
        stream.pointee.avail_in = uInt(inputCount - index)
    }

    /// Moves unconsumed input to the front of the buffer and reads more after it.
    ///
    /// - Returns: The number of bytes read; `0` at end of input or when the buffer is full.
    private func refill() throws(InputError) -> Int {
        let consumed = consumedIndex
        let remaining = inputCount - consumed
        if consumed > 0, let base = input.baseAddress {
            if remaining > 0 { base.copyMemory(from: base + consumed, byteCount: remaining) }
            inputBase += Int64(consumed)
            inputCount = remaining
        }
        guard inputCount < input.count else { return 0 }
        let count = try source.read(into: UnsafeMutableRawBufferPointer(rebasing: input[inputCount...]))
        inputCount += count
        setConsumed(0)
        return count
    }

    @inline(never)
    private func corruptError(status: Int32) -> InputError {
        let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
        return InputError(.gzipCorrupt, "corrupt gzip member at offset \(memberOffset): \(detail)")
    }
}
