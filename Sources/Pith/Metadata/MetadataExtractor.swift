package import PithHTML

/// Reads a page's metadata: what its head, structured data and visible markup say about it.
///
/// The pipeline, each stage reading the frozen document:
///
/// 1. **Collect** (``MetadataCollector``): one walk gathers `meta`, `link`, `title`, JSON-LD
///    scripts (read leniently by ``JSONReader``), `time` elements, microdata properties, headings,
///    and elements whose class or id says byline or date, with their position in the text.
/// 2. **Structured data** (``LinkedData``): the main schema.org object and its fields.
/// 3. **Plain fields**: site name, canonical URL, description, image, tags, categories, licence,
///    language and page type, each from the first source in a documented order.
/// 4. **Title** (``TitleSelector``): the visible headline when it matches a declared title, else
///    the best declared title without its site name. Its element anchors the next stages.
/// 5. **Authors** (``AuthorSelector``) and **dates** (``DateSelector``), which fall back to the
///    byline and date line around the headline when the metadata says nothing.
///
/// Each field records its winning source in ``PageMetadata/sources``.
package enum MetadataExtractor {
    /// The metadata of `document`.
    ///
    /// - Parameters:
    ///   - document: The parsed page.
    ///   - url: The page's URL, if known: it resolves relative URLs, names the site, and may carry
    ///     the date in its path.
    ///   - options: The reference date for plausibility, and whether to guess the language.
    /// - Complexity: O(n) in the document's nodes, plus bounded work per candidate.
    package static func extract(
        from document: Document,
        url: String?,
        options: MetadataOptions = MetadataOptions()
    ) -> PageMetadata {
        let stages = Stages(document: document, url: url, options: options)
        return stages.run()
    }

    /// Every candidate each selector considered, best first, as `(source, value)` pairs by field:
    /// for evaluation and debugging (`pith eval`), not for extraction.
    package static func candidateReport(
        from document: Document,
        url: String?,
        options: MetadataOptions = MetadataOptions()
    ) -> [String: [(source: String, value: String)]] {
        Stages(document: document, url: url, options: options).report()
    }
}

/// The state the stages share.
private struct Stages {
    let document: Document
    let url: String?
    let options: MetadataOptions
    let candidates: MetadataCandidates
    let metas: MetaIndex
    let linkedData: LinkedData

    init(document: Document, url: String?, options: MetadataOptions) {
        self.document = document
        self.url = url
        self.options = options
        candidates = MetadataCollector.collect(document)
        metas = MetaIndex(candidates.metas)
        linkedData = LinkedData(candidates.linkedData)
    }

    func run() -> PageMetadata {
        var metadata = PageMetadata()
        var fields = FieldReader(candidates: candidates, metas: metas, linkedData: linkedData, url: url)
        fields.fill(&metadata)
        if metadata.language == nil, options.detectsLanguage, let language = LanguageDetector.detect(sampleText()) {
            metadata.language = language
            metadata.sources["language"] = "text"
        }

        let title = titleSelector(fields).select()
        if let title {
            metadata.title = title.title
            metadata.sources["title"] = title.source
            metadata.headlineElement = title.element
        }
        let anchor = headlineAnchor(title?.element) ?? titleTextAnchor(title?.title)

        let authorCandidates = authorSelector(anchor: anchor).winningCandidates()
        if let authors = authorCandidates.first {
            metadata.authors = authors.names
            metadata.sources["authors"] = authors.source
            metadata.bylineElements += authors.elements.filter { isNear(anchor, $0) }
        }

        let bylines = AuthorSelector.soleBylineElements(of: authorCandidates)
        let dates = dateSelector(anchor: anchor, bylines: bylines, language: metadata.language).select()
        if let published = dates.published {
            metadata.published = published.date
            metadata.sources["published"] = published.source
            if let element = published.element, published.isNearHeadline || isNear(anchor, element) {
                metadata.bylineElements.append(element)
            }
        }
        if let modified = dates.modified {
            metadata.modified = modified.date
            metadata.sources["modified"] = modified.source
        }
        var seen: Set<NodeID> = []
        metadata.bylineElements = metadata.bylineElements.filter { seen.insert($0).inserted }
        metadata.structuredArticleBody = linkedData.body
        return metadata
    }

    func report() -> [String: [(source: String, value: String)]] {
        var fields = FieldReader(candidates: candidates, metas: metas, linkedData: linkedData, url: url)
        var metadata = PageMetadata()
        fields.fill(&metadata)
        let title = titleSelector(fields).select()
        let anchor = headlineAnchor(title?.element) ?? titleTextAnchor(title?.title)
        var report: [String: [(source: String, value: String)]] = [:]
        report["title"] = (title.map { [("chosen:" + $0.source, $0.title)] } ?? []) + titleSelector(fields).report()
        let authorCandidates = authorSelector(anchor: anchor).allCandidates()
        report["authors"] = authorCandidates.map { ($0.source, $0.names.joined(separator: "; ")) }
        let bylines = AuthorSelector.soleBylineElements(of: authorCandidates)
        report["dates"] = dateSelector(anchor: anchor, bylines: bylines, language: metadata.language).allCandidates().map { candidate in
            let role = candidate.role == .published ? "published" : "modified"
            return ("\(candidate.source)/\(role)/\(candidate.rank)", candidate.date.iso8601)
        }
        return report
    }

    // MARK: - Stage helpers

    private func titleSelector(_ fields: FieldReader) -> TitleSelector {
        TitleSelector(
            document: document, candidates: candidates, metas: metas, linkedData: linkedData, siteNames: fields.siteNames,
            host: fields.registrableDomain, isArticle: fields.isArticle
        )
    }

    private func authorSelector(anchor: MetadataCandidates.Element?) -> AuthorSelector {
        AuthorSelector(document: document, candidates: candidates, metas: metas, linkedData: linkedData, anchor: anchor)
    }

    private func dateSelector(anchor: MetadataCandidates.Element?, bylines: [NodeID], language: String?) -> DateSelector {
        DateSelector(
            document: document, candidates: candidates, metas: metas, linkedData: linkedData, url: url, anchor: anchor,
            secondaryAnchor: headlineAnchor(nil), bylines: bylines, order: Self.numericOrder(language: language),
            plausibility: DatePlausibility(now: options.now)
        )
    }

    /// The headline's element as a position: the chosen one, else the first visible `h1`.
    private func headlineAnchor(_ node: NodeID?) -> MetadataCandidates.Element? {
        let excluded = MetadataCandidates.Context.peripheral.union(.hidden)
        if let node, let index = candidates.headings.firstIndex(where: { $0.node == node }) { return candidates.headings[index] }
        for (index, heading) in candidates.headings.enumerated()
        where candidates.headingLevels[index] == 1 && heading.context.isDisjoint(with: excluded) {
            return heading
        }
        return nil
    }

    /// Where the title is written in the text when no heading holds it: the first visible text
    /// node (outside navigation and footers) that says the title, within the first
    /// ``MetadataHeuristics/maximumTitleTextRuns`` nodes.
    private func titleTextAnchor(_ title: String?) -> MetadataCandidates.Element? {
        guard let title else { return nil }
        let key = TextNormalization.comparisonKey(title)
        guard !key.isEmpty else { return nil }
        for run in candidates.textRuns.prefix(MetadataHeuristics.maximumTitleTextRuns)
        where run.context.isDisjoint(with: MetadataCandidates.Context.peripheral.union(.link)) {
            let length = document.textByteCount(of: run.node)
            guard length <= MetadataHeuristics.maximumHeadlineBytes,
                TextNormalization.comparisonKey(document.text(of: run.node)) == key
            else { continue }
            return MetadataCandidates.Element(node: run.node, textStart: run.start, textEnd: run.start + length, context: run.context)
        }
        return nil
    }

    /// Whether `node` is within the headline's date window (so it is part of the article header).
    private func isNear(_ anchor: MetadataCandidates.Element?, _ node: NodeID) -> Bool {
        guard let anchor else { return false }
        let start = candidates.hinted.first(where: { $0.node == node })?.textStart
            ?? candidates.times.first(where: { $0.element.node == node })?.element.textStart
            ?? candidates.itemProperties.first(where: { $0.element.node == node })?.element.textStart
        guard let start else { return false }
        return start >= anchor.textStart - MetadataHeuristics.dateWindowBeforeHeadline
            && start <= anchor.textEnd + MetadataHeuristics.dateWindowAfterHeadline
    }

    /// Visible text for language detection.
    private func sampleText() -> String {
        var text = ""
        for run in candidates.textRuns {
            text += document.text(of: run.node)
            text += " "
            if text.utf8.count >= MetadataHeuristics.languageSampleBytes { break }
        }
        return text
    }

    /// Month-first for American English (and English without a region), day-first otherwise.
    static func numericOrder(language: String?) -> NumericDateOrder {
        guard let language = language?.lowercased() else { return .monthFirst }
        if language == "en" || language == "en-us" { return .monthFirst }
        return .dayFirst
    }
}
