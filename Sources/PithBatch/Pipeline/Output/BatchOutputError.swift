/// Why batch output could not be written; such an error stops the run.
///
/// | code | meaning |
/// | --- | --- |
/// | `output.open_failed` | an output file or directory could not be created |
/// | `output.write_failed` | writing failed (disk full, a closed pipe, …) |
public struct BatchOutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable, dotted error code such as `output.write_failed`.
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
        /// The code as written, e.g. `output.write_failed`.
        public let rawValue: String

        /// Wraps a code string; prefer the documented static members.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// The code string.
        public var description: String { rawValue }

        /// An output file or directory could not be created.
        public static let openFailed = Self(rawValue: "output.open_failed")
        /// Writing failed.
        public static let writeFailed = Self(rawValue: "output.write_failed")
    }

    /// What kind of failure this is.
    public var code: Code

    /// What failed, with the system's words.
    public var message: String

    /// Makes an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
