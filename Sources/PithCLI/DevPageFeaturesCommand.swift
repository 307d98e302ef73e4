import ArgumentParser
import Pith
import PithEval
import PithHTML

/// `pith dev page-features DIR`: one JSON line per page of a WCXB-style dataset with its page type
/// and the page-type model's inputs, for `Scripts/model/train_page_type_model.py`.
struct DevPageFeaturesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page-features",
        abstract: "Dump page-type features of a WCXB-style dataset as JSON lines."
    )

    @Argument(help: "The dataset folder (ground-truth/*.json and html/*.html.gz).")
    var folder: String?

    @Flag(help: "Print the feature column names as a JSON array and exit.")
    var columns = false

    func run() throws {
        if columns {
            writeColumnNames(Extractor.pageTypeFeatureNames)
            return
        }
        guard let folder else { throw ValidationError("give the dataset folder") }
        let extractor = Extractor(options: ExtractionOptions(today: .today))
        for page in try EvaluationDataset(kind: .wcxb, folder: folder).pages {
            let document = HTMLParser.parse(bytes: try InputFile.read(page.htmlPath))
            var writer = JSONWriter()
            writer.beginObject()
            writer.key("id")
            writer.string(page.id)
            writer.key("type")
            writer.string(page.pageType ?? "article")
            writer.key("f")
            writer.beginArray()
            for value in extractor.pageTypeTrainingRow(document: document, url: page.url) { writer.number(value) }
            writer.endArray()
            writer.endObject()
            writeOutput(writer.json + "\n")
        }
    }
}
