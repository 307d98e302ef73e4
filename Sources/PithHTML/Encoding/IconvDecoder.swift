#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Legacy multi-byte decoding through the system's iconv, with the Encoding Standard's error
/// handling layered on top: an ill-formed or unmappable byte becomes U+FFFD and decoding resumes
/// at the next byte, so nothing after an error is ever lost.
///
/// Also builds the 128-entry upper halves of the single-byte encodings (see `SingleByteDecoder`).
struct IconvDecoder: ~Copyable {
    private let descriptor: iconv_t

    /// Bytes of UTF-8 produced per `iconv` call before the output is appended.
    private static let chunkSize = 1 << 15

    /// Opens a converter from `iconvName` to UTF-8; `nil` if this system's iconv lacks it.
    init?(from iconvName: String) {
        let descriptor = iconv_open("UTF-8", iconvName)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Decodes all of `bytes`, appending UTF-8 to `output`.
    ///
    /// - Parameter substitute: What an ill-formed byte at the start of an error decodes to, where the
    ///   Encoding Standard maps a byte iconv rejects (`nil`: U+FFFD).
    func decode(
        _ bytes: UnsafeBufferPointer<UInt8>,
        into output: inout [UInt8],
        substitute: (UInt8) -> UInt32? = { _ in nil }
    ) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        output.reserveCapacity(output.count + bytes.count * 2)
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        chunk.withUnsafeMutableBufferPointer { chunk in
            // SAFETY: iconv reads `inputLeft` bytes from `input` and never writes through it.
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
                .assumingMemoryBound(to: CChar.self)
            var inputLeft = bytes.count
            var flushed = false
            while !flushed {
                var outputStart: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunk.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outputLeft = chunk.count
                let isFlush = inputLeft == 0
                let result = isFlush
                    // End of input: iconv's contract lets a converter hold output back (a base
                    // letter awaiting a combining mark, a shift state) until this flush.
                    ? iconv(descriptor, nil, nil, &outputStart, &outputLeft)
                    : iconv(descriptor, &input, &inputLeft, &outputStart, &outputLeft)
                let failure = result == -1 ? errno : 0
                output.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<(chunk.count - outputLeft)]))
                if result != -1 {
                    flushed = isFlush
                    continue
                }
                switch failure {
                case E2BIG:
                    continue
                case _ where isFlush:
                    // The flush failed for another reason: nothing is left to decode.
                    flushed = true
                case EINVAL:
                    // A sequence cut short by the end of the input: one error, and the input ends.
                    output.append(contentsOf: UTF8Decoder.replacementCharacter)
                    inputLeft = 0
                default:
                    // EILSEQ (or anything unexpected): one error for the byte, then carry on after it.
                    let offset = bytes.count - inputLeft
                    if let scalar = substitute(bytes[offset]) {
                        UTF8Decoder.append(scalar, to: &output)
                    } else {
                        output.append(contentsOf: UTF8Decoder.replacementCharacter)
                    }
                    input = input.map { $0 + 1 }
                    inputLeft -= 1
                }
            }
        }
    }

    /// The UTF-8 for one byte decoded on its own, or `nil` if iconv rejects it.
    func decodeByte(_ byte: UInt8) -> [UInt8]? {
        var byte = byte
        var out = [UInt8](repeating: 0, count: 8)
        let produced: Int? = withUnsafeMutablePointer(to: &byte) { bytePointer in
            out.withUnsafeMutableBufferPointer { out in
                var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(bytePointer)
                    .assumingMemoryBound(to: CChar.self)
                var inputLeft = 1
                var outputStart: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outputLeft = out.count
                let result = iconv(descriptor, &input, &inputLeft, &outputStart, &outputLeft)
                // Flush (a composing converter such as CP1258 holds a base letter back) and reset.
                let flushed = iconv(descriptor, nil, nil, &outputStart, &outputLeft)
                guard result != -1, flushed != -1, inputLeft == 0 else { return nil }
                return out.count - outputLeft
            }
        }
        guard let produced, produced > 0 else { return nil }
        return Array(out[0..<produced])
    }
}
