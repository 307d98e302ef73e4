import CZlib

/// One-shot decompression of a buffer held in memory (HTTP bodies), with an output cap.
enum Inflate {
    /// The container expected around the deflate data.
    enum Format {
        /// gzip or zlib, told apart by the header (`windowBits` 15 + 32).
        case gzipOrZlib
        /// Bare deflate data.
        case raw

        var windowBits: Int32 {
            switch self {
            case .gzipOrZlib: 15 + 32
            case .raw: -15
            }
        }
    }

    /// How decompression ended.
    enum Outcome {
        /// The stream ended with a valid trailer.
        case complete([UInt8])
        /// The input ended first; the output so far is kept (browsers show partial pages too).
        case truncated([UInt8])
        /// zlib rejected the data.
        case corrupt(String)
        /// The output would pass the cap.
        case tooLarge
    }

    /// Decompresses the first stream (gzip member) in `input`; bytes after it are ignored.
    static func decompress(_ input: [UInt8], format: Format, maxOutputBytes: Int) -> Outcome {
        // SAFETY: zlib keeps a pointer back to its `z_stream`: give it a fixed address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            inflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        let status = inflateInit2_(stream, format.windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib inflateInit2 failed (\(status))")
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        return input.withUnsafeBytes { inputBytes -> Outcome in
            stream.pointee.next_in = UnsafeMutablePointer(
                mutating: inputBytes.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.pointee.avail_in = uInt(inputBytes.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { chunkBytes in
                    stream.pointee.next_out = chunkBytes.baseAddress
                    stream.pointee.avail_out = uInt(chunkBytes.count)
                    let status = inflate(stream, Z_NO_FLUSH)
                    return (status, chunkBytes.count - Int(stream.pointee.avail_out))
                }
                guard output.count + produced <= maxOutputBytes else { return .tooLarge }
                output.append(contentsOf: chunk[..<produced])
                switch status {
                case Z_STREAM_END:
                    return .complete(output)
                case Z_OK where produced > 0 || stream.pointee.avail_in > 0:
                    continue
                case Z_OK, Z_BUF_ERROR:
                    return .truncated(output)
                default:
                    return .corrupt(stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)")
                }
            }
        }
    }
}
