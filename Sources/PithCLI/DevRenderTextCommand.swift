import ArgumentParser
import Pith
import PithEval

/// `pith dev render-text FILE...`: a page as a careless scraper would flatten it to text (the
/// naive renderer behind `pith eval --input text`), for building and inspecting text corpora.
struct DevRenderTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-text",
        abstract: "Render HTML pages to whole-page text with the naive renderer."
    )

    @Argument(help: "HTML pages (.gz read transparently), or - for standard input.")
    var files: [String] = []

    @Option(help: "The layout (\(NaiveTextRenderer.Style.allCases.map(\.rawValue).joined(separator: ", "))).")
    var textStyle: NaiveTextRenderer.Style = .blocks

    func run() throws {
        let renderer = NaiveTextRenderer(style: textStyle)
        for path in files {
            writeOutput(renderer.render(html: try InputFile.read(path)) + "\n")
        }
    }
}
