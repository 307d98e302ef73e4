/// Checks a record before extraction, turning input that cannot make an article into an error.
///
/// The HTML parser takes any bytes (bad input is normal input), so without this a JPEG labelled
/// `text/html` would come out as an "article" of mojibake. Two cases become errors:
/// - `record.empty`: a document of nothing but ASCII whitespace, such as an empty HTTP 200 body;
/// - `record.binary`: control bytes over ``ScreeningHeuristics/binaryControlShare`` of the first
///   ``ScreeningHeuristics/sampleBytes``, unless the bytes look like UTF-16 (a byte order mark, a
///   UTF-16 charset label, or NULs at one parity).
///
/// Invalid UTF-8 is not an error: the parser replaces bad sequences and the article is kept.
public enum RecordScreen {
    /// The reason `record` cannot be extracted, or `nil` when it can.
    ///
    /// - Complexity: O(min(n, ``ScreeningHeuristics/sampleBytes``)) for a non-empty document.
    public static func fault(in record: InputRecord) -> InputError? {
        guard record.bytes.contains(where: { !isASCIIWhitespace($0) }) else {
            let status = record.httpStatus.map { " (HTTP \($0))" } ?? ""
            return InputError(.recordEmpty, "the document is empty\(status)")
        }
        if let share = binaryControlShare(record.bytes, charset: record.charset) {
            let percent = Int((share * 100).rounded())
            return InputError(.recordBinary, "the document looks binary: \(percent)% control bytes at its start")
        }
        return nil
    }

    /// The share of control bytes at the start of `bytes` when it marks them as binary, else `nil`.
    static func binaryControlShare(_ bytes: [UInt8], charset: String?) -> Double? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if let charset, charset.lowercased().contains("utf-16") { return nil }
        let sample = bytes.prefix(ScreeningHeuristics.sampleBytes)
        var controls = 0
        var nuls = [0, 0]  // at even and odd offsets
        for (offset, byte) in sample.enumerated() {
            if byte == 0 { nuls[offset & 1] += 1 }
            if isControl(byte) { controls += 1 }
        }
        let count = Double(sample.count)
        let nulCount = nuls[0] + nuls[1]
        if Double(nulCount) >= count * ScreeningHeuristics.utf16NulShare,
           Double(max(nuls[0], nuls[1])) >= Double(nulCount) * ScreeningHeuristics.utf16NulParityShare {
            return nil
        }
        let share = Double(controls) / count
        return share > ScreeningHeuristics.binaryControlShare ? share : nil
    }

    /// C0 controls other than tab, line feed, form feed, carriage return and escape; and DEL.
    @inline(__always)
    static func isControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x1B: false
        case 0x00...0x1F, 0x7F: true
        default: false
        }
    }

    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
