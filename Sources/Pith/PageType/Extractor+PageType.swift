public import PithHTML

extension Extractor {
    /// The page-type model's inputs for a page whose metadata and block probabilities are known.
    static func pageTypeFeatures(
        metadata: PageMetadata, url: String?, blocks: [TextBlock], probabilities: [Double]
    ) -> PageTypeFeatures {
        PageTypeFeatures(
            hints: metadata.pageTypeHints,
            url: metadata.url ?? url,
            hasPublished: metadata.published != nil,
            hasAuthors: !metadata.authors.isEmpty,
            blocks: blocks,
            probabilities: probabilities,
            threshold: BlockModel.threshold
        )
    }

    /// The page-type model's inputs for a page, for training it (see `Scripts/model/`).
    package func pageTypeTrainingRow(document: Document, url: String?) -> [Float] {
        let metadata = MetadataExtractor.extract(from: document, url: url, options: MetadataOptions(now: options.today))
        let (analysis, probabilities) = classifiedBlocks(of: document)
        return Self.pageTypeFeatures(metadata: metadata, url: url, blocks: analysis.blocks, probabilities: probabilities).row
    }

    /// The page-type model's column names, in model order.
    package static var pageTypeFeatureNames: [String] { PageTypeFeatures.Column.allCases.map { "\($0)" } }
}
