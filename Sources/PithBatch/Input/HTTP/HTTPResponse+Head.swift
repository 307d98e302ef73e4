extension HTTPResponse {
    /// Reads the status line and header fields from the front of a block.
    struct HeadParser {
        let bytes: [UInt8]
        let limit: Int
        /// Index of the next unread byte; the body starts here once ``fields()`` returns.
        private(set) var position = 0

        init(bytes: [UInt8], limit: Int) {
            self.bytes = bytes
            self.limit = limit
        }

        /// The next line without its CR LF or LF; `nil` at the end of the bytes. A last line
        /// without a line break is returned and ends the bytes.
        private mutating func nextLine() throws(InputError) -> Range<Int>? {
            guard position < bytes.count else { return nil }
            let start = position
            var end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            position = min(end + 1, bytes.count)
            guard position <= limit else {
                throw InputError(.httpMalformed, "the HTTP header section exceeds \(limit) bytes")
            }
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            return start..<end
        }

        /// Parses `HTTP/x.y NNN reason`, after any blank lines.
        mutating func statusLine() throws(InputError) -> (version: String, status: Int, reason: String) {
            var range = try nextLine()
            while let blank = range, blank.isEmpty { range = try nextLine() }
            guard let range else { throw InputError(.httpMalformed, "the block has no HTTP status line") }
            let line = bytes[range]
            let text = String(decoding: line.prefix(80), as: UTF8.self)
            guard line.starts(with: Array("HTTP/".utf8)) else {
                throw InputError(.httpMalformed, "not an HTTP status line: \"\(text)\"")
            }
            let versionEnd = line.firstIndex { $0 == 0x20 || $0 == 0x09 } ?? line.endIndex
            var index = versionEnd
            while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
            var status = 0
            var digits = 0
            while index < line.endIndex, line[index] >= 0x30, line[index] <= 0x39, digits < 3 {
                status = status * 10 + Int(line[index] - 0x30)
                digits += 1
                index += 1
            }
            guard digits == 3, index == line.endIndex || line[index] == 0x20 || line[index] == 0x09 else {
                throw InputError(.httpMalformed, "no three-digit status code in \"\(text)\"")
            }
            let version = String(decoding: line[line.startIndex..<versionEnd], as: UTF8.self)
            let reason = WARCReader.trimmed(line[index...])
            return (version, status, reason)
        }

        /// Parses header fields up to the blank line, or to the end of the bytes.
        mutating func fields() throws(InputError) -> HeaderFields {
            var fields = HeaderFields()
            while let range = try nextLine(), !range.isEmpty {
                // Lines without a colon are ignored: servers send odd things, and the body matters.
                _ = bytes.withUnsafeBytes { fields.appendLine(UnsafeRawBufferPointer(rebasing: $0[range])) }
            }
            return fields
        }
    }
}
