/// One input to read: a file or standard input, with its format.
///
/// Made by ``discover(_:matching:)`` from command-line paths; turned into records by
/// ``makeReader(limits:)``. Values are `Sendable`, so a list of sources can be shared out to
/// workers, each making its own reader.
public struct InputSource: Sendable, Hashable {
    /// The path as given or found (`-` for standard input).
    public var path: String

    /// The format; `nil` for standard input until it is opened (then sniffed from its first bytes).
    public var format: InputFormat?

    /// The file's size as stored (compressed size for gzip), for progress and ETA; `nil` when not
    /// known without reading (standard input).
    public var byteCount: Int64?

    /// Makes a source.
    public init(path: String, format: InputFormat?, byteCount: Int64?) {
        self.path = path
        self.format = format
        self.byteCount = byteCount
    }

    /// The path that stands for standard input.
    public static let standardInputPath = "-"

    /// Standard input, in a given format or one sniffed when it is opened.
    public static func standardInput(format: InputFormat? = nil) -> InputSource {
        InputSource(path: standardInputPath, format: format, byteCount: nil)
    }

    /// Whether this is standard input.
    public var isStandardInput: Bool { path == Self.standardInputPath }

    /// Opens the input and returns the reader for its format: ``WARCReader``, ``JSONLReader`` or
    /// ``DocumentReader``. Compression is detected from the first bytes.
    ///
    /// - Parameter limits: Size limits. Default ``InputLimits/init()``.
    /// - Throws: `io.open_failed`, `io.read_failed`, or `input.unsupported` when the format is
    ///   unknown and the first bytes do not tell it.
    public func makeReader(limits: InputLimits = InputLimits()) throws(InputError) -> any RecordReader {
        let source = isStandardInput ? ByteSource.standardInput() : try ByteSource(path: path)
        return try makeReader(from: source, limits: limits)
    }

    /// The reader for this source's format over bytes already opened (tests give a pipe in place
    /// of standard input).
    func makeReader(from source: ByteSource, limits: InputLimits) throws(InputError) -> any RecordReader {
        let format: InputFormat
        if let known = self.format {
            format = known
        } else if let sniffed = try Self.sniff(source, allowingJSONL: isStandardInput) {
            format = sniffed
        } else {
            throw InputError(.inputUnsupported, "cannot tell the format of \(path) from its first bytes")
        }
        switch format {
        case .warc: return try WARCReader(source: source, path: path, limits: limits)
        case .jsonl: return try JSONLReader(source: source, path: path, limits: limits)
        case .html: return DocumentReader(source: source, path: path, kind: .html, limits: limits)
        case .text: return DocumentReader(source: source, path: path, kind: .text, limits: limits)
        }
    }

    /// Bytes looked at to sniff a format.
    static let sniffBytes = 512

    /// The format the first bytes of `source` imply (decompressed when gzip), consuming nothing.
    static func sniff(_ source: ByteSource, allowingJSONL: Bool) throws(InputError) -> InputFormat? {
        var prefix = try source.peek(upTo: 4096)
        if prefix.starts(with: [0x1F, 0x8B]) {
            switch Inflate.decompress(prefix, format: .gzipOrZlib, maxOutputBytes: 1 << 20) {
            case .complete(let output), .truncated(let output): prefix = output
            case .corrupt, .tooLarge: return nil
            }
        }
        return InputFormat(sniffing: Array(prefix.prefix(sniffBytes)), allowingJSONL: allowingJSONL)
    }
}
