#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Encodes test text into legacy encodings with the system's iconv, so samples are built from
/// known Unicode strings rather than copied pages.
enum IconvEncoder {
    /// `text` encoded as `iconvName`; fails the precondition if iconv cannot encode every character.
    static func encode(_ text: String, as iconvName: String) -> [UInt8] {
        let descriptor = iconv_open(iconvName, "UTF-8")
        precondition(descriptor != iconv_t(bitPattern: -1), "iconv lacks \(iconvName)")
        defer { iconv_close(descriptor) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let produced = input.withUnsafeMutableBytes { input in
            output.withUnsafeMutableBytes { output in
                var inputPointer: UnsafeMutablePointer<CChar>? = input.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inputLeft = input.count
                var outputPointer: UnsafeMutablePointer<CChar>? = output.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outputLeft = output.count
                let result = iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                precondition(result != -1 && inputLeft == 0, "iconv could not encode the sample as \(iconvName)")
                _ = iconv(descriptor, nil, nil, &outputPointer, &outputLeft)
                return output.count - outputLeft
            }
        }
        return Array(output[0..<produced])
    }
}
