public import ArgumentParser
import Foundation
import Pith
import PithEval

/// `pith dev text-features FILE...`: one JSON line per page with every text line's features and
/// text, for `Scripts/model/train_line_model.py`. HTML pages are first rendered to whole-page
/// text with the naive renderer, in each requested style.
struct DevTextFeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text-features",
        abstract: "Dump text-mode line features as JSON lines (one line per page and style)."
    )

    @Argument(help: "HTML pages (rendered with --text-style) or text files (with --input text).")
    var files: [String] = []

    @Option(help: "html: render each page with the naive renderer first; text: read files as text.")
    var input: InputKind = .html

    @Option(help: "A naive renderer style, repeatable (\(NaiveTextRenderer.Style.allCases.map(\.rawValue).joined(separator: ", "))).")
    var textStyle: [NaiveTextRenderer.Style] = [.blocks]

    @Flag(help: "Print the feature column names as a JSON array and exit.")
    var columns = false

    func run() throws {
        if columns {
            writeColumnNames(Extractor.textFeatureNames)
            return
        }
        let extractor = Extractor()
        for path in files {
            let bytes = try InputFile.read(path)
            let renderings: [(String, String)] = input == .text
                ? [("text", String(decoding: bytes, as: UTF8.self))]
                : textStyle.map { ($0.rawValue, NaiveTextRenderer(style: $0).render(html: bytes)) }
            for (style, text) in renderings {
                var writer = JSONWriter()
                writer.beginObject()
                writer.key("source")
                writer.string(path)
                writer.key("style")
                writer.string(style)
                writer.key("lines")
                writer.beginArray()
                for row in extractor.textTrainingRows(text) {
                    writer.beginObject()
                    writer.key("f")
                    writer.beginArray()
                    for value in row.features { writer.number(value) }
                    writer.endArray()
                    writer.key("w")
                    writer.number(Double(row.words))
                    writer.key("text")
                    writer.string(row.text)
                    writer.endObject()
                }
                writer.endArray()
                writer.endObject()
                writeOutput(writer.json + "\n")
            }
        }
    }
}

extension InputKind: ExpressibleByArgument {}
extension NaiveTextRenderer.Style: ExpressibleByArgument {}
