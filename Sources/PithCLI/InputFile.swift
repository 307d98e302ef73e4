import Foundation

/// Reads the inputs named on a command line: a path, or `-` for standard input.
enum InputFile {
    /// The bytes of `path` (`-` reads standard input to its end).
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("cannot read \(path)")
        }
        return Array(data)
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
