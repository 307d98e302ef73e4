import Foundation
import PithBatch

/// Reads the inputs named on a command line: a path, or `-` for standard input.
enum InputFile {
    /// The bytes of `path` (`-` reads standard input to its end), gunzipped when they are gzip.
    static func read(_ path: String) throws -> [UInt8] {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError("cannot read \(path)")
            }
            bytes = Array(data)
        }
        if bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B {
            return try GzipReader.decompressAll(bytes)
        }
        return bytes
    }
}

/// A message for standard error and a failing exit.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Writes to standard error (the library never prints; the CLI owns the terminal).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Writes to standard output without Foundation's buffering surprises.
func writeOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
