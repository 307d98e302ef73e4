extension GzipReader {
    /// Decompresses a whole gzip file held in memory: every member, concatenated, as `gzip -d`
    /// does. Meant for single `.gz` documents (`page.html.gz`), not for WARCs.
    ///
    /// - Parameters:
    ///   - data: The compressed bytes.
    ///   - maxOutputBytes: Largest output accepted. Default ``InputLimits/maxRecordBytes``.
    /// - Returns: The decompressed bytes.
    /// - Throws: `gzip.corrupt`, `gzip.truncated` (also for empty input), or `record.too_large`
    ///   as soon as the output would pass `maxOutputBytes`.
    /// - Complexity: O(output); memory is the output plus one 64 KiB chunk.
    public static func decompressAll(
        _ data: [UInt8],
        maxOutputBytes: Int = InputLimits().maxRecordBytes
    ) throws(InputError) -> [UInt8] {
        guard !data.isEmpty else { throw InputError(.gzipTruncated, "empty input is not gzip data") }
        let reader = GzipReader(source: ByteSource(bytes: data))
        return try reader.readAll(maxOutputBytes: maxOutputBytes)
    }

    /// Reads every remaining member to the end of input, appending the output.
    ///
    /// - Throws: The first fault, or `record.too_large` past `maxOutputBytes`.
    func readAll(maxOutputBytes: Int) throws(InputError) -> [UInt8] {
        var output: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 << 10, alignment: 16)
        defer { chunk.deallocate() }
        repeat {
            while true {
                let count = try read(into: chunk)
                if count == 0 { break }
                guard output.count + count <= maxOutputBytes else {
                    throw InputError(.recordTooLarge, "decompressed data exceeds \(maxOutputBytes) bytes")
                }
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            }
        } while try nextMember()
        return output
    }
}
