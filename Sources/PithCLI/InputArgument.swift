import ArgumentParser
import Pith

/// `--input html|text|auto`: how to read inputs (auto tells HTML from text by the first kilobyte).
enum InputArgument: String, ExpressibleByArgument, CaseIterable {
    case html, text, auto

    /// The kind of `bytes`, detected when the argument is `auto`.
    func kind(of bytes: [UInt8]) -> InputKind {
        switch self {
        case .html: .html
        case .text: .text
        case .auto: InputKind.detect(bytes)
        }
    }
}
