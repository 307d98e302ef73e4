import Testing
@testable import Pith

/// The generated model and the features fed to it agree on their columns, and a plain article
/// comes out whole: a model read through shifted columns keeps almost nothing.
@Suite("BlockClassifier")
struct BlockClassifierTests {
    @Test("the model's stage-1 columns are the first BlockFeatures columns, in order")
    func stage1Columns() {
        let names = BlockFeatures.Column.allCases.map { "\($0)" }
        #expect(Array(names.prefix(BlockModel.columns.count)) == BlockModel.columns)
    }

    @Test("the model's stage-2 context columns are the ContextFeatures columns, in order")
    func contextColumns() {
        #expect(ContextFeatures.Column.allCases.map { "\($0)" } == BlockModel.contextColumns)
    }

    @Test("every paragraph of a plain article is kept")
    func plainArticle() {
        let sentences = [
            "The harbour ferry now leaves at seven in the morning, an hour earlier than last year.",
            "Commuters from the islands had asked the council for the change since the spring.",
            "The operator said the new timetable would hold through the winter months at least.",
            "Fares stay the same, and the evening crossing keeps its usual departure time.",
        ]
        let body = sentences.map { "<p>\($0) \($0)</p>" }.joined()
        let html = "<html><head><title>Ferry times</title></head><body><article><h1>Ferry times</h1>\(body)</article></body></html>"
        let article = Extractor().extract(html: Array(html.utf8), url: nil, transportCharset: nil)
        for sentence in sentences { #expect(article.text.contains(sentence)) }
    }
}
