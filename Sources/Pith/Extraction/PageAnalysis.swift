public import PithHTML

/// The extraction stages' shared view of one page: blocks, traits, container scores, features.
struct PageAnalysis {
    let document: Document
    let blocks: [TextBlock]
    let inheritedTraits: [ElementTraits]
    let containers: ContainerScores
    let features: BlockFeatures
    var classWords: ClassWordFeatures

    init(document: Document, classWordWeights: WordTable<Float>) {
        self.document = document
        var segmenter = BlockSegmenter(document: document)
        if let root = document.body ?? document.documentElement { segmenter.run(from: root) }
        blocks = segmenter.blocks
        inheritedTraits = segmenter.inheritedTraits
        containers = ContainerScores(document: document, blocks: blocks)
        var classWords = ClassWordFeatures(document: document, weights: classWordWeights)
        features = BlockFeatures(
            document: document,
            blocks: blocks,
            containers: containers,
            classWords: &classWords,
            titleWords: Self.titleWords(of: document)
        )
        self.classWords = classWords
    }

    /// The tokens of the page's own title (`TextWords.forEachToken`).
    static func titleWords(of document: Document) -> WordTable<Bool> {
        var words: [String] = []
        TextWords.forEachToken(in: documentTitle(of: document)) { words.append(String(decoding: $0, as: UTF8.self)) }
        return WordTable(words: words)
    }

    /// The page's own title: the `title` element and the `og:title` meta content.
    static func documentTitle(of document: Document) -> String {
        var parts: [String] = []
        guard let head = document.head else { return "" }
        for node in document.children(of: head) {
            if document.isHTMLElement(node, named: .title) { parts.append(document.textContent(of: node)) }
            if document.isHTMLElement(node, named: .meta), document.attribute(.property, of: node) == "og:title",
                let content = document.attribute(.content, of: node)
            {
                parts.append(content)
            }
        }
        return parts.joined(separator: " ")
    }
}

/// One block as training data for the block classifier (see `Scripts/model/`).
package struct BlockTrainingRow: Sendable {
    package var features: [Float]
    /// Node indices of the block's element, its parent and grandparent (-1 when absent): the
    /// context model groups blocks by them.
    package var element: Int
    package var parent: Int
    package var grandparent: Int
    package var nearWords: [String]
    package var farWords: [String]
    package var text: String
}

extension Extractor {
    /// The classifier's inputs for every block of a page, with the class words it scores by.
    package func trainingRows(document: Document) -> [BlockTrainingRow] {
        let analysis = PageAnalysis(document: document, classWordWeights: WordTable([:]))
        return analysis.blocks.map { block in
            let words = analysis.classWords.words(for: block.element)
            let parent = analysis.document.parent(of: block.element)
            let grandparent = parent.flatMap { analysis.document.parent(of: $0) }
            return BlockTrainingRow(
                features: Array(analysis.features.row(block.index)),
                element: block.element.index,
                parent: parent?.index ?? -1,
                grandparent: grandparent?.index ?? -1,
                nearWords: words.near,
                farWords: words.far,
                text: block.text
            )
        }
    }

    /// The feature column names, in model order.
    package static var featureNames: [String] { BlockFeatures.Column.allCases.map { "\($0)" } }
}
