extension WARCReader {
    /// `WARC/`, the start of every record.
    private static let warcPrefix: [UInt8] = Array("WARC/".utf8)

    /// Reads the version line and the header fields up to the blank line.
    ///
    /// - Returns: The header, or the fault (with ``resume`` set).
    func readHeader() throws(InputError) -> Result<(version: String, fields: HeaderFields), InputError> {
        let offset = cursor.gzip?.memberOffset ?? cursor.offset
        guard try cursor.hasPrefix(Self.warcPrefix) else {
            if cursor.isCompressed {
                resume = .nextMember
                return .failure(InputError(
                    .warcCorruptHeader, "the gzip member at offset \(offset) does not start with a WARC version line"))
            }
            resume = .versionLine
            return .failure(InputError(.warcJunk, "the bytes at offset \(offset) are not a WARC record"))
        }
        var budget = limits.maxHeaderBytes
        line.removeAll(keepingCapacity: true)
        switch try cursor.readLine(into: &line, limit: budget) {
        case .newline: break
        case .tooLong: return headerFault("the WARC version line exceeds \(limits.maxHeaderBytes) bytes")
        case .endOfSegment: return headerFault("the input ends inside the WARC header")
        }
        budget -= line.count + 1
        let version = Self.trimmed(line.dropFirst(Self.warcPrefix.count))
        guard version.hasPrefix("1.") else {
            return headerFault("unsupported WARC version \"\(version.prefix(20))\"")
        }

        var fields = HeaderFields()
        while true {
            // A version line inside the header means the blank line is missing: stop before it so
            // that its record is read.
            if !cursor.isCompressed, try cursor.hasPrefix(Self.versionPrefix) {
                return headerFault("the WARC header has no blank line before the next record")
            }
            line.removeAll(keepingCapacity: true)
            switch try cursor.readLine(into: &line, limit: budget) {
            case .newline: break
            case .tooLong: return headerFault("the WARC header exceeds \(limits.maxHeaderBytes) bytes")
            case .endOfSegment: return headerFault("the input ends inside the WARC header")
            }
            budget -= line.count + 1
            if line.last == 0x0D { line.removeLast() }
            if line.isEmpty { return .success((version, fields)) }
            let added = line.withUnsafeBytes { fields.appendLine($0) }
            guard added else {
                let text = String(decoding: line.prefix(80), as: UTF8.self)
                return headerFault("malformed WARC header line \"\(text)\"")
            }
        }
    }

    /// A header fault: sets where to go on (the next member, or the next version line).
    private func headerFault(_ message: String) -> Result<(version: String, fields: HeaderFields), InputError> {
        resume = cursor.isCompressed ? .nextMember : .versionLine
        return .failure(InputError(.warcCorruptHeader, message))
    }

    /// Reads the block into `record.block`, or past it when it is not kept or too large.
    ///
    /// - Returns: The fault, if any (with ``resume`` set).
    func readBlock(of record: inout WARCRecord, keeping: Bool) throws(InputError) -> InputError? {
        let length = record.contentLength
        let blockStart = cursor.offset
        let afterTruncation: Resume = cursor.isCompressed ? .nextMember : .versionLineFrom(blockStart)
        if keeping, length <= Int64(limits.maxRecordBytes) {
            record.block.reserveCapacity(Int(length))
            let got = try cursor.append(upTo: Int(length), to: &record.block)
            guard got == Int(length) else {
                record.block = []
                resume = afterTruncation
                return InputError(.warcTruncated, "the block ends after \(got) of its \(length) bytes")
            }
            return nil
        }
        let got = try cursor.discard(upTo: length)
        if got < length {
            resume = afterTruncation
            if keeping {
                return InputError(
                    .recordTooLarge,
                    "the block of \(length) bytes exceeds \(limits.maxRecordBytes) bytes (and ends after \(got))")
            }
            return InputError(.warcTruncated, "the block ends after \(got) of its \(length) bytes")
        }
        if keeping {
            return InputError(.recordTooLarge, "the block of \(length) bytes exceeds \(limits.maxRecordBytes) bytes")
        }
        return nil
    }

    /// For `.warc.gz`: checks that the record's member ends after the block (or that another
    /// record follows in the same member), so that no record is handed out from a damaged member.
    ///
    /// - Returns: `warc.length_mismatch` when other bytes follow the block.
    /// - Throws: The gzip fault found on the way (checksum mismatch, truncation).
    func finishMember() throws(InputError) -> InputError? {
        guard cursor.isCompressed else { return nil }
        try skipLineBreaks()
        guard try cursor.fill(atLeast: 1) else { return nil }
        if try cursor.hasPrefix(Self.versionPrefix) { return nil }
        let extra = try cursor.discard(upTo: .max)
        resume = .nextMember
        return InputError(
            .warcLengthMismatch,
            "\(extra) bytes follow the block in its gzip member: the Content-Length is probably wrong")
    }

    /// A byte run as a string without surrounding spaces, tabs and CR.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice = slice.dropFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 || last == 0x0D { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
