extension HTTPResponse {
    /// Most content codings applied one over another that are undone; more is not a real page.
    static let maxContentCodings = 4

    /// Removes chunked transfer coding, then content codings, last applied first.
    mutating func decodeBody(limits: InputLimits) throws(InputError) {
        let transferCodings = Self.codings(headers.values(named: "Transfer-Encoding"))
        if transferCodings.last == "chunked", let dechunked = Self.dechunk(body) {
            body = dechunked.body
            isBodyTruncated = isBodyTruncated || dechunked.truncated
        }
        let contentCodings = Self.codings(headers.values(named: "Content-Encoding")).filter { $0 != "identity" }
        guard contentCodings.count <= Self.maxContentCodings else {
            throw InputError(
                .httpBadEncoding, "\(contentCodings.count) content codings (at most \(Self.maxContentCodings))")
        }
        for coding in contentCodings.reversed() {
            try undo(contentCoding: coding, limits: limits)
        }
    }

    /// Lowercased coding tokens of comma-separated header values.
    private static func codings(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }
            .map { $0.trimmed(of: " \t").lowercased() }
            .filter { !$0.isEmpty }
    }

    private mutating func undo(contentCoding coding: String, limits: InputLimits) throws(InputError) {
        let format: Inflate.Format
        switch coding {
        case "gzip", "x-gzip":
            // A body sent uncompressed under a gzip label is common; keep it as it is.
            guard body.count >= 2, body[0] == 0x1F, body[1] == 0x8B else { return }
            format = .gzipOrZlib
        case "deflate":
            format = Self.hasZlibHeader(body) ? .gzipOrZlib : .raw
        default:
            throw InputError(.httpBadEncoding, "unsupported Content-Encoding \"\(coding)\"")
        }
        switch Inflate.decompress(body, format: format, maxOutputBytes: limits.maxRecordBytes) {
        case .complete(let output):
            body = output
        case .truncated(let output):
            guard !output.isEmpty else {
                throw InputError(.httpBadEncoding, "the \(coding) body ends before any content")
            }
            body = output
            isBodyTruncated = true
        case .corrupt(let message):
            throw InputError(.httpBadEncoding, "corrupt \(coding) body: \(message)")
        case .tooLarge:
            throw InputError(.recordTooLarge, "the decoded body exceeds \(limits.maxRecordBytes) bytes")
        }
    }

    /// Whether `bytes` start with an RFC 1950 header (deflate method, check bits valid).
    private static func hasZlibHeader(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        return bytes[0] & 0x0F == 8 && (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0
    }

    /// Removes chunked framing (RFC 9112 §7.1), tolerating LF-only lines and chunk extensions.
    ///
    /// - Returns: `nil` when the body does not start with a chunk-size line (archives often store
    ///   bodies already de-chunked under the original header); else the data, with `truncated`
    ///   set when the framing broke off before the last chunk.
    static func dechunk(_ body: [UInt8]) -> (body: [UInt8], truncated: Bool)? {
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = 0
        var chunks = 0
        while true {
            // Chunk-size line: hex digits, optional extensions, line break.
            var size = 0
            var digits = 0
            while index < body.count, let value = hexValue(body[index]) {
                guard digits < 15 else { return chunks == 0 ? nil : (output, true) }
                size = size << 4 | value
                digits += 1
                index += 1
            }
            guard digits > 0, let lineEnd = body[index...].firstIndex(of: 0x0A) else {
                return chunks == 0 ? nil : (output, true)
            }
            let extensions = body[index..<lineEnd]
            guard extensions.allSatisfy({ $0 == 0x3B || $0 >= 0x20 || $0 == 0x09 || $0 == 0x0D }),
                extensions.first.map({ $0 == 0x3B || $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) ?? true
            else { return chunks == 0 ? nil : (output, true) }
            index = lineEnd + 1
            chunks += 1
            if size == 0 { return (output, false) }  // trailer fields, if any, are not needed
            let available = min(size, body.count - index)
            output.append(contentsOf: body[index..<(index + available)])
            index += available
            guard available == size else { return (output, true) }
            // The CRLF (or LF) after the data.
            if index < body.count, body[index] == 0x0D { index += 1 }
            if index < body.count, body[index] == 0x0A { index += 1 }
            if index >= body.count { return (output, true) }
        }
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }
}

extension StringProtocol {
    /// The string without leading and trailing characters from `set`.
    fileprivate func trimmed(of set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
