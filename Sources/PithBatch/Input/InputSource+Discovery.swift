#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The inputs found for a list of paths.
public struct InputDiscovery: Sendable, Hashable {
    /// The inputs, in order: command-line order, and each directory's files sorted by path.
    public var sources: [InputSource]

    /// Files found in directories whose format is unknown (or that could not be opened to tell),
    /// sorted; they are not read.
    public var ignored: [String]

    /// The sum of the sizes that are known (see ``InputSource/byteCount``).
    public var knownByteCount: Int64 { sources.reduce(0) { $0 + ($1.byteCount ?? 0) } }

    /// Whether some size is unknown (standard input), so ``knownByteCount`` is a lower bound.
    public var hasUnknownSizes: Bool { sources.contains { $0.byteCount == nil } }
}

extension InputSource {
    /// Expands command-line paths into inputs.
    ///
    /// - A file is an input whatever its name; its format comes from its name (``InputFormat/init(fileName:)``)
    ///   or, failing that, its first bytes (``InputFormat/init(sniffing:allowingJSONL:)``).
    /// - A directory is walked, subdirectories included, without following symbolic links to
    ///   directories and without entering hidden (`.`-prefixed) entries. With `glob`, only files
    ///   whose names match it (`fnmatch` syntax, e.g. `*.warc.gz`) are taken. Files of unknown
    ///   format are listed in ``InputDiscovery/ignored``.
    /// - `-` is standard input.
    ///
    /// The order is deterministic: paths in the order given, each directory's files sorted by the
    /// bytes of their paths.
    ///
    /// - Parameters:
    ///   - paths: Files, directories and `-`.
    ///   - glob: A file-name pattern for files inside directories; `nil` takes them all.
    /// - Returns: The inputs and the ignored files.
    /// - Throws: `io.open_failed` for a path that does not exist or cannot be listed;
    ///   `input.unsupported` for a named file whose format cannot be told.
    /// - Complexity: One `stat` per entry, and one read of the first bytes of each file whose name
    ///   tells no format. The walk keeps an explicit stack of directories.
    public static func discover(_ paths: [String], matching glob: String? = nil) throws(InputError) -> InputDiscovery {
        var discovery = InputDiscovery(sources: [], ignored: [])
        for path in paths {
            if path == standardInputPath {
                discovery.sources.append(.standardInput())
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw InputError(.ioOpenFailed, "cannot examine \(path): \(String(cString: strerror(errno)))")
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                try walk(directory: path, glob: glob, into: &discovery)
                continue
            }
            guard let format = try format(ofFile: path) else {
                throw InputError(.inputUnsupported, "cannot tell the format of \(path) from its name or first bytes")
            }
            discovery.sources.append(InputSource(path: path, format: format, byteCount: Int64(info.st_size)))
        }
        return discovery
    }

    /// Collects the files under `directory`, sorted, and classifies them.
    private static func walk(
        directory: String,
        glob: String?,
        into discovery: inout InputDiscovery
    ) throws(InputError) {
        var files: [(path: String, size: Int64)] = []
        var pending = [directory]
        while let folder = pending.popLast() {
            guard let handle = opendir(folder) else {
                throw InputError(.ioOpenFailed, "cannot list \(folder): \(String(cString: strerror(errno)))")
            }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }  // vanished meanwhile
                var type = info.st_mode & S_IFMT
                if type == S_IFLNK {
                    // Follow links to files; links to directories could make cycles.
                    guard stat(path, &info) == 0 else { continue }
                    type = info.st_mode & S_IFMT
                    if type == S_IFDIR { continue }
                }
                if type == S_IFDIR {
                    pending.append(path)
                } else if type == S_IFREG, glob.map({ fnmatch($0, name, 0) == 0 }) ?? true {
                    files.append((path, Int64(info.st_size)))
                }
            }
        }
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        for file in files {
            // An unreadable file inside a directory is ignored rather than failing the whole walk.
            if let format = try? format(ofFile: file.path) {
                discovery.sources.append(InputSource(path: file.path, format: format, byteCount: file.size))
            } else {
                discovery.ignored.append(file.path)
            }
        }
    }

    /// A file's format from its name, else from its first bytes.
    private static func format(ofFile path: String) throws(InputError) -> InputFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let format = InputFormat(fileName: name) { return format }
        return try sniff(ByteSource(path: path), allowingJSONL: false)
    }
}
