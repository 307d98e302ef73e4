import ArgumentParser
import Foundation
import Pith
import PithHTML

/// `pith extract`: the article from each input.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from HTML pages.",
        discussion: """
            With --format json, prints one JSON object per input per line; an input that cannot be
            read yields an object with an "error" field (code, message) instead of ending the run.
            """
    )

    @Argument(help: "HTML files (.gz read transparently), or - for standard input.")
    var files: [String]

    @Option(help: "Output format.")
    var format: OutputFormat = .text

    @Option(help: "The page's URL (resolves relative links, gives URL dates).")
    var url: String?

    @Flag(help: "Also extract reader comments.")
    var withComments = false

    @Option(help: "Which error to prefer when a block is doubtful: precision, balanced or recall.")
    var favor: FavorArgument = .balanced

    enum FavorArgument: String, ExpressibleByArgument, CaseIterable {
        case precision, balanced, recall

        var favor: ExtractionOptions.Favor {
            switch self {
            case .precision: .precision
            case .balanced: .balanced
            case .recall: .recall
            }
        }
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
        /// Every metadata candidate, best first, then every text block with the extractor's
        /// decision (for developing the extractor).
        case trace
        /// As `trace`, with each block's ancestor path.
        case tracePaths = "trace-paths"
    }

    func run() throws {
        let extractor = Extractor(options: ExtractionOptions(includeComments: withComments, favor: favor.favor, today: .today))
        var failures = 0
        for path in files {
            let bytes: [UInt8]
            do {
                bytes = try InputFile.read(path)
            } catch {
                failures += 1
                if format == .json {
                    writeOutput(ArticleJSON().encodeError(source: path, code: "io.read_failed", message: "\(error)") + "\n")
                } else {
                    printError("pith: \(error)")
                }
                continue
            }
            if format == .trace || format == .tracePaths {
                let document = HTMLParser.parse(bytes: bytes)
                let candidates = MetadataExtractor.candidateReport(
                    from: document, url: url, options: MetadataOptions(now: extractor.options.today))
                for (field, found) in candidates.sorted(by: { $0.key < $1.key }) {
                    for candidate in found { writeOutput("# \(field) \(candidate.source): \(candidate.value.prefix(100).replacingNewlines())\n") }
                }
                for block in extractor.trace(document: document) {
                    let density = String(Int(block.linkDensity * 100))
                    writeOutput("\(block.kept ? "+" : "-") \(String(format: "%.2f", block.probability)) \(block.element) w=\(block.words) ld=\(density)% [\(block.traits)] \(block.text.prefix(100).replacingNewlines())\n")
                    if format == .tracePaths { writeOutput("      \(block.path)\n") }
                }
                continue
            }
            let article = extractor.extract(html: bytes, url: url)
            switch format {
            case .text:
                var text = article.title.map { $0 + "\n\n" } ?? ""
                text += article.text
                writeOutput(text + "\n")
            case .markdown:
                writeOutput(MarkdownRenderer().render(article) + "\n")
            case .html:
                writeOutput(CleanHTMLRenderer().render(article) + "\n")
            case .json:
                writeOutput(ArticleJSON().encode(article, source: path) + "\n")
            case .trace, .tracePaths:
                break
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

extension StringProtocol {
    func replacingNewlines() -> String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ⏎ ") }
}
