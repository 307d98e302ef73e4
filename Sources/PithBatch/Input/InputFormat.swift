/// What an input file holds, which decides how it is read.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// One HTML document: `.html`, `.htm` (optionally `.gz`), or content starting with `<`.
    case html
    /// A WARC file of many records: `.warc`, `.warc.gz`, or content starting with `WARC/1.`.
    case warc
    /// JSON Lines of `{"url", "html"|"text"}` objects: `.jsonl`, `.ndjson` (optionally `.gz`).
    case jsonl
    /// One plain-text document: `.txt` (optionally `.gz`).
    case text

    /// The format a file name implies, ignoring case and a final `.gz`; `nil` when it implies none.
    public init?(fileName: String) {
        var name = fileName.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        if name.hasSuffix(".warc") {
            self = .warc
        } else if name.hasSuffix(".html") || name.hasSuffix(".htm") {
            self = .html
        } else if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") {
            self = .jsonl
        } else if name.hasSuffix(".txt") {
            self = .text
        } else {
            return nil
        }
    }

    /// The format the first decompressed bytes of a file imply, after a UTF-8 byte order mark and
    /// ASCII whitespace: `WARC/1.` is WARC, `<` is HTML, and — only when `allowingJSONL`, for
    /// standard input, which has no name — `{` is JSONL. `nil` otherwise.
    public init?(sniffing prefix: [UInt8], allowingJSONL: Bool = false) {
        var index = prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < prefix.count, [0x20, 0x09, 0x0A, 0x0D, 0x0C].contains(prefix[index]) { index += 1 }
        let rest = prefix[index...]
        if rest.starts(with: Array("WARC/1.".utf8)) {
            self = .warc
        } else if rest.first == UInt8(ascii: "<") {
            self = .html
        } else if allowingJSONL, rest.first == UInt8(ascii: "{") {
            self = .jsonl
        } else {
            return nil
        }
    }
}
