public import PithHTML

/// Extracts the ``Article`` from a web page.
///
/// The pipeline is a cascade of pure stages over the frozen parsed document, each writing side
/// arrays indexed by node or block:
/// 1. **Segmentation** (`BlockSegmenter`): one pass computing each element's traits (tag, ARIA
///    role, hidden state, class and id vocabulary) and cutting the text into blocks.
/// 2. **Scoring** (`ContainerScores`, `BlockFeatures`): Readability-style container scores and
///    each block's features (text shape, links, element, ancestors' class words, neighbours).
/// 3. **Classification** (`BlockClassifier`): a trained two-stage tree ensemble gives each block a
///    content probability, the second stage seeing the first stage's verdicts on its neighbours
///    and container; blocks at or above the threshold are kept (moved by ``ExtractionOptions/favor``).
/// 4. **Page type** (`PageTypeClassifier`): a trained tree model names the kind of page from
///    its declared types, URL path, and the make-up of its text and kept content.
/// 5. **Structure** (`BodyBuilder`): kept blocks regrouped into headings, lists, tables, quotes;
///    on an article, headings that end the kept blocks, titling nothing, are dropped first.
///
/// Beside them, `MetadataExtractor` reads the title, authors, dates and the other metadata
/// fields (its own cascade of sources); the kept heading that is the headline is left out of the
/// body, unless it is all the body holds.
public struct Extractor: Sendable {
    public var options: ExtractionOptions

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// Extracts the article from page bytes in any encoding.
    ///
    /// - Parameters:
    ///   - transportCharset: the charset of the HTTP `Content-Type` header, when known.
    public func extract(html bytes: [UInt8], url: String? = nil, transportCharset: String? = nil) -> Article {
        extract(document: HTMLParser.parse(bytes: bytes, transportCharset: transportCharset), url: url)
    }

    /// Extracts the article from a parsed document.
    public func extract(document: Document, url: String? = nil) -> Article {
        var article = Article()
        article.url = url
        let metadata = MetadataExtractor.extract(from: document, url: url, options: MetadataOptions(now: options.today))
        article.adopt(metadata)
        let (analysis, probabilities) = classifiedBlocks(of: document)
        let threshold = BlockModel.threshold + options.favor.thresholdShift
        var kept = analysis.blocks.filter { probabilities[$0.index] >= threshold }
        // A page whose only content is its headline (a link post) keeps it as its body.
        if kept.count > 1, let headline = kept.first(where: { isHeadline($0, of: metadata, in: document) }) {
            kept.removeAll { $0.index == headline.index }
        }
        let pageFeatures = Self.pageTypeFeatures(
            metadata: metadata, url: url, blocks: analysis.blocks, probabilities: probabilities
        )
        article.pageType = PageTypeClassifier.classify(pageFeatures, hasText: !analysis.blocks.isEmpty)
        Self.dropAsides(&kept, pageType: article.pageType)
        article.body = BodyBuilder(document: document).build(kept)
        return article
    }

    /// Stages 1–3: the page's blocks and each one's content probability.
    func classifiedBlocks(of document: Document) -> (analysis: PageAnalysis, probabilities: [Double]) {
        let analysis = PageAnalysis(document: document, classWordWeights: ClassWordFeatures.trainedWeights)
        let probabilities = BlockClassifier.probabilities(document: document, blocks: analysis.blocks, features: analysis.features)
        return (analysis, probabilities)
    }

    /// Whether `block` is the headline the metadata found (the title leads the article already):
    /// a heading that holds the headline element or says the title.
    private func isHeadline(_ block: TextBlock, of metadata: PageMetadata, in document: Document) -> Bool {
        guard block.headingLevel > 0 else { return false }
        if let title = metadata.title, block.text.trimmingWhitespace == title { return true }
        var node = metadata.headlineElement
        while let current = node {
            if current == block.element { return true }
            node = document.parent(of: current)
        }
        return false
    }
}

extension Extractor {
    /// Every text block of the page with its content probability, for debugging the pipeline.
    package func trace(document: Document) -> [(text: String, probability: Double, kept: Bool, words: Int, linkDensity: Double, traits: String, element: String, path: String)] {
        let (analysis, probabilities) = classifiedBlocks(of: document)
        let threshold = BlockModel.threshold + options.favor.thresholdShift
        return analysis.blocks.map { block in
            let traitNames = [
                (ElementTraits.frame, "frame"), (.boilerplateName, "boiler"), (.contentName, "contentName"),
                (.contentElement, "contentEl"), (.header, "header"), (.listItem, "li"), (.tableCell, "td"),
                (.quote, "quote"), (.preformatted, "pre"), (.heading, "h"), (.comments, "comments"), (.form, "form"),
                (.link, "link"),
            ].filter { block.traits.contains($0.0) }.map(\.1).joined(separator: ",")
            var path: [String] = []
            var ancestor: NodeID? = block.element
            while let node = ancestor, node != .document {
                var step = document.string(for: document.name(of: node))
                if let id = document.attribute(.id, of: node) { step += "#" + id }
                if let classes = document.attribute(.class, of: node) { step += "." + classes.split(separator: " ").prefix(3).joined(separator: ".") }
                path.append(step)
                ancestor = document.parent(of: node)
            }
            let probability = probabilities[block.index]
            return (block.text, probability, probability >= threshold, block.wordCount, block.linkDensity, traitNames,
                    document.string(for: document.name(of: block.element)), path.reversed().joined(separator: " > "))
        }
    }
}

/// Options for ``Extractor``.
public struct ExtractionOptions: Sendable, Hashable {
    /// Whether to keep reader comments (in ``Article/comments``).
    public var includeComments = false
    /// Which error the extractor prefers when unsure.
    public var favor: Favor = .balanced
    /// Today's date, for judging dates: a page's date after it is implausible. The library never
    /// reads the clock, so `nil` (the default) accepts any date up to the end of the parseable
    /// years; the CLI passes the current date.
    public var today: ArticleDate?

    public enum Favor: String, Sendable, Hashable, CaseIterable {
        /// Leave out doubtful blocks.
        case precision
        case balanced
        /// Keep doubtful blocks.
        case recall

        /// How far the favour moves the classifier's threshold.
        var thresholdShift: Double {
            switch self {
            case .precision: ExtractionHeuristics.favorThresholdShift
            case .balanced: 0
            case .recall: -ExtractionHeuristics.favorThresholdShift
            }
        }
    }

    public init(includeComments: Bool = false, favor: Favor = .balanced, today: ArticleDate? = nil) {
        self.includeComments = includeComments
        self.favor = favor
        self.today = today
    }
}
