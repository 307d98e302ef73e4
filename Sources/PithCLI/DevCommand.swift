import ArgumentParser
import Pith
import PithHTML

/// `pith dev`: tools for developing Pith itself (training data for the block model).
struct DevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Developer tools: dump block features for training the block classifier.",
        shouldDisplay: false,
        subcommands: [DevFeaturesCommand.self, DevTextFeaturesCommand.self, DevPageFeaturesCommand.self, DevRenderTextCommand.self]
    )
}

/// `pith dev features FILE...`: one JSON line per page with every block's features, class words
/// and text, for `Scripts/model/train_block_model.py`.
struct DevFeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "features",
        abstract: "Dump block features as JSON lines (one line per page)."
    )

    @Argument(help: "HTML pages (.html or .html.gz).")
    var files: [String] = []

    @Flag(help: "Print the feature column names as a JSON array and exit.")
    var columns = false

    func run() throws {
        if columns {
            writeColumnNames(Extractor.featureNames)
            return
        }
        let extractor = Extractor()
        for path in files {
            let bytes = try InputFile.read(path)
            let rows = extractor.trainingRows(document: HTMLParser.parse(bytes: bytes))
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("source")
            writer.string(path)
            writer.key("blocks")
            writer.beginArray()
            for row in rows {
                writer.beginObject()
                writer.key("f")
                writer.beginArray()
                for value in row.features { writer.number(value) }
                writer.endArray()
                writer.key("e")
                writer.number(Double(row.element))
                writer.key("p")
                writer.number(Double(row.parent))
                writer.key("g")
                writer.number(Double(row.grandparent))
                writer.key("near")
                writer.strings(row.nearWords)
                writer.key("far")
                writer.strings(row.farWords)
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

/// Writes feature column names as one JSON array line: the `--columns` output of the `pith dev` dumps.
func writeColumnNames(_ names: [String]) {
    var writer = JSONWriter()
    writer.strings(names)
    writeOutput(writer.json + "\n")
}
