public import Foundation

/// Reads the gzip-compressed pages of the shared datasets in place.
///
/// It runs the system's `gzip -dc`: the datasets are read by tests only, and this keeps a
/// decompressor out of the library until the batch reader's zlib binding lands.
public enum GzipFile {
    /// The decompressed bytes of `url`, or `nil` if it cannot be read.
    public static func read(_ url: URL) -> [UInt8]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.fileExists(atPath: "/usr/bin/gzip") ? "/usr/bin/gzip" : "/bin/gzip")
        process.arguments = ["-dc", url.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Array(data)
    }
}
