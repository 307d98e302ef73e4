#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered reading of a file's content, decompressing gzip on the way, with the line and
/// length operations the record readers need.
///
/// The content is read in *segments*: for a gzip file, one segment per gzip member (unless
/// `crossesMembers`, which joins them into one); for an uncompressed file, one segment. At the end
/// of a segment the cursor reports no more data until ``nextSegment()``. Memory is one chunk.
final class ByteCursor {
    let source: ByteSource
    /// The decompressor when the file starts with the gzip magic; `nil` for uncompressed input.
    let gzip: GzipReader?
    /// Joins gzip members into one stream (JSONL, single documents) instead of stopping at each.
    private let crossesMembers: Bool
    /// The chunk buffer, `capacity` bytes.
    private let storage: UnsafeMutableRawPointer
    private let capacity: Int
    /// Unread bytes are `buffer[start..<end]`.
    private var start = 0
    private var end = 0
    /// Offset in the decoded content of `buffer[0]` (the file offset, for uncompressed input).
    private var base: Int64
    /// Whether the current segment has no bytes beyond the buffered ones.
    private(set) var segmentEnded = false

    /// Opens the cursor, detecting gzip by its magic bytes.
    init(source: ByteSource, chunkBytes: Int, crossesMembers: Bool) throws(InputError) {
        self.source = source
        self.crossesMembers = crossesMembers
        let magic = try source.peek(upTo: 2)
        gzip = magic == [0x1F, 0x8B] ? GzipReader(source: source, chunkBytes: chunkBytes) : nil
        capacity = max(chunkBytes, 64)
        storage = .allocate(byteCount: capacity, alignment: 16)
        base = gzip == nil ? source.offset : 0
    }

    deinit { storage.deallocate() }

    /// Whether the content is gzip-compressed.
    var isCompressed: Bool { gzip != nil }

    /// Offset of the next unread byte in the decoded content (the file offset when uncompressed).
    var offset: Int64 { base + Int64(start) }

    /// Bytes buffered and not yet consumed.
    var bufferedCount: Int { end - start }

    /// The buffered byte `index` places after the next unread one.
    func byte(at index: Int) -> UInt8 {
        precondition(index >= 0 && start + index < end, "ByteCursor.byte(at:) past the buffered bytes")
        return storage.load(fromByteOffset: start + index, as: UInt8.self)
    }

    /// Consumes `count` buffered bytes.
    func consume(_ count: Int) {
        precondition(count >= 0 && count <= end - start, "ByteCursor.consume past the buffered bytes")
        start += count
    }

    /// Buffers at least `count` bytes unless the segment ends first.
    ///
    /// - Returns: Whether `count` bytes are buffered.
    /// - Precondition: `count` is at most the chunk size.
    func fill(atLeast count: Int) throws(InputError) -> Bool {
        if end - start >= count { return true }
        if segmentEnded { return false }
        precondition(count <= capacity, "ByteCursor.fill beyond its chunk size")
        if capacity - start < count {
            let remaining = end - start
            if remaining > 0 { storage.copyMemory(from: storage + start, byteCount: remaining) }
            base += Int64(start)
            start = 0
            end = remaining
        }
        while end - start < count {
            let space = UnsafeMutableRawBufferPointer(start: storage + end, count: capacity - end)
            let got: Int
            if let gzip {
                got = try gzip.read(into: space)
                if got == 0 {
                    if crossesMembers, try gzip.nextMember() { continue }
                    segmentEnded = true
                    return false
                }
            } else {
                got = try source.read(into: space)
                if got == 0 {
                    segmentEnded = true
                    return false
                }
            }
            end += got
        }
        return true
    }

    /// Whether the unread bytes start with `prefix` (reads ahead as needed, consumes nothing).
    func hasPrefix(_ prefix: [UInt8]) throws(InputError) -> Bool {
        guard try fill(atLeast: prefix.count) else { return false }
        for index in prefix.indices where byte(at: index) != prefix[index] { return false }
        return true
    }

    /// How a line read by ``readLine(into:limit:)`` ended.
    enum LineEnd {
        /// At a line feed, which was consumed (and not appended).
        case newline
        /// At the end of the segment; the line holds whatever came before it.
        case endOfSegment
        /// The line would pass the limit; the cursor stops inside it (see ``skipLine()``).
        case tooLong
    }

    /// Appends the bytes up to the next line feed to `line`.
    func readLine(into line: inout [UInt8], limit: Int) throws(InputError) -> LineEnd {
        while true {
            if start == end, try !fill(atLeast: 1) { return .endOfSegment }
            let available = end - start
            let run = UnsafeRawBufferPointer(start: storage + start, count: available)
            if let found = memchr(storage + start, 0x0A, available) {
                let length = UnsafeRawPointer(found) - UnsafeRawPointer(storage + start)
                guard line.count + length <= limit else { return .tooLong }
                line.append(contentsOf: UnsafeRawBufferPointer(rebasing: run[..<length]))
                start += length + 1
                return .newline
            }
            guard line.count + available <= limit else { return .tooLong }
            line.append(contentsOf: run)
            start = end
        }
    }

    /// Consumes bytes through the next line feed.
    ///
    /// - Returns: `false` when the segment ended before a line feed.
    func skipLine() throws(InputError) -> Bool {
        while true {
            if start == end, try !fill(atLeast: 1) { return false }
            if let found = memchr(storage + start, 0x0A, end - start) {
                start += UnsafeRawPointer(found) - UnsafeRawPointer(storage + start) + 1
                return true
            }
            start = end
        }
    }

    /// Consumes bytes up to (not including) the next `byte`.
    ///
    /// - Returns: `false` when the segment ended first (everything was consumed).
    func skip(to byte: UInt8) throws(InputError) -> Bool {
        while true {
            if start == end, try !fill(atLeast: 1) { return false }
            if let found = memchr(storage + start, Int32(byte), end - start) {
                start += UnsafeRawPointer(found) - UnsafeRawPointer(storage + start)
                return true
            }
            start = end
        }
    }

    /// Appends up to `count` bytes to `bytes`.
    ///
    /// - Returns: The number appended; fewer than `count` only at the end of the segment.
    func append(upTo count: Int, to bytes: inout [UInt8]) throws(InputError) -> Int {
        var done = 0
        while done < count {
            if start == end, try !fill(atLeast: 1) { break }
            let take = min(end - start, count - done)
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: storage + start, count: take))
            start += take
            done += take
        }
        return done
    }

    /// Consumes up to `count` bytes without keeping them.
    ///
    /// - Returns: The number consumed; fewer than `count` only at the end of the segment.
    func discard(upTo count: Int64) throws(InputError) -> Int64 {
        var done: Int64 = 0
        while done < count {
            if start == end, try !fill(atLeast: 1) { break }
            let take = Int(min(Int64(end - start), count - done))
            start += take
            done += Int64(take)
        }
        return done
    }

    /// Moves to the next gzip member, resynchronising after a fault (see
    /// ``GzipReader/nextMember()``); buffered bytes of the current member are dropped.
    ///
    /// - Returns: `false` at the end of input (always, for uncompressed input).
    func nextSegment() throws(InputError) -> Bool {
        guard let gzip else {
            start = end
            segmentEnded = true
            return false
        }
        base += Int64(end)
        start = 0
        end = 0
        segmentEnded = false
        guard try gzip.nextMember() else {
            segmentEnded = true
            return false
        }
        return true
    }

    /// Goes back (or forward) to a file offset of uncompressed, seekable input.
    func seek(to offset: Int64) throws(InputError) {
        precondition(gzip == nil && source.isSeekable, "ByteCursor.seek needs uncompressed, seekable input")
        try source.seek(to: offset)
        base = offset
        start = 0
        end = 0
        segmentEnded = false
    }

    /// Marks the input as used up (after an I/O error).
    func abandon() {
        start = end
        segmentEnded = true
    }
}
