import CZlib

/// One-shot compression with zlib, for tests and tools that build gzip inputs. Not a public API:
/// the batch runner reads compressed input, it does not write it (yet).
package enum Deflate {
    /// The container around deflate data.
    package enum Format: Sendable {
        /// RFC 1952 gzip: header, deflate data, CRC-32 and length. One member.
        case gzip
        /// RFC 1950 zlib: two-byte header, deflate data, Adler-32 (HTTP's `deflate`).
        case zlib
        /// Bare RFC 1951 deflate data (what some servers send as `deflate`).
        case raw

        var windowBits: Int32 {
            switch self {
            case .gzip: 15 + 16
            case .zlib: 15
            case .raw: -15
            }
        }
    }

    /// Compresses `bytes` in one call.
    package static func compress(_ bytes: [UInt8], format: Format = .gzip, level: Int32 = 6) -> [UInt8] {
        // SAFETY: zlib keeps a pointer back to its `z_stream`: give it a fixed address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            deflateEnd(stream)
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        let status = deflateInit2_(
            stream, level, Z_DEFLATED, format.windowBits, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib deflateInit2 failed (\(status))")
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 32)
        var input = bytes
        let written = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                stream.pointee.next_in = inputBuffer.baseAddress
                stream.pointee.avail_in = uInt(inputBuffer.count)
                stream.pointee.next_out = outputBuffer.baseAddress
                stream.pointee.avail_out = uInt(outputBuffer.count)
                let result = deflate(stream, Z_FINISH)
                precondition(result == Z_STREAM_END, "zlib deflate did not finish (\(result))")
                return outputBuffer.count - Int(stream.pointee.avail_out)
            }
        }
        output.removeSubrange(written...)
        return output
    }
}
