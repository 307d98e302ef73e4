/// Extracts the ``Article`` from a page that is already plain text: a scraper's dump, a copy
/// and paste, a text browser's rendering, a Markdown conversion.
///
/// The pipeline is a cascade of pure stages over the lines:
/// 1. **Segmentation** (`TextLineSegmenter`): lines, blank-line layout, Markdown marks removed,
///    hard-wrapped paragraphs rejoined.
/// 2. **Signals** (`LineSignals`): each line's sentence shape, stop words, furniture vocabulary,
///    time codes, dates, copyright and contact marks, icon labels run together.
/// 3. **Outline** (`PageOutline`): the headline, its repeats and the date line, found by shape
///    and position before the first long line (again after stage 4, from the first long line
///    it kept, if that is another line).
/// 4. **Classification** (`LineFeatures`, `LineClassifier`): a trained two-stage tree ensemble
///    gives each line a content probability from its signals, layout, neighbourhood, repetition
///    and place relative to the outline; lines at or above the threshold are kept.
/// 5. **Header** (`ArticleHeader`): the standfirst and byline next to the headline.
/// 6. **Body** (`TextBodyAssembler`): kept lines as paragraphs, headings and lists.
struct TextModeExtractor {
    let options: ExtractionOptions

    func extract(text: String, url: String?) -> Article {
        var article = Article()
        article.url = url
        let analysis = TextPageAnalysis(text: text)
        let threshold = LineModel.threshold + options.favor.textModeThresholdShift
        let probabilities = LineClassifier.probabilities(lines: analysis.lines, features: analysis.features)
        let kept = probabilities.indices.map { analysis.keeps($0, probability: probabilities[$0], threshold: threshold) }
        let outline = analysis.outline(kept: kept)
        article.title = outline.title.map { analysis.lines[$0].text }
        article.published = outline.date
        let header = ArticleHeader(analysis: analysis, outline: outline, kept: kept)
        article.authors = header.authors
        article.description = header.standfirst.map { analysis.lines[$0].text }
        var excluded = outline.titleRepeats
        for index in [outline.title, outline.dateLine, header.byline, header.standfirst] {
            if let index { excluded.insert(index) }
        }
        article.body = TextBodyAssembler.blocks(lines: analysis.lines, normalized: analysis.normalized, kept: kept, excluded: excluded)
        return article
    }

    /// Every line with its content probability, for debugging the pipeline.
    func trace(text: String) -> [(text: String, probability: Double, kept: Bool, role: String)] {
        let analysis = TextPageAnalysis(text: text)
        let threshold = LineModel.threshold + options.favor.textModeThresholdShift
        let probabilities = LineClassifier.probabilities(lines: analysis.lines, features: analysis.features)
        let kept = probabilities.indices.map { analysis.keeps($0, probability: probabilities[$0], threshold: threshold) }
        let outline = analysis.outline(kept: kept)
        let header = ArticleHeader(analysis: analysis, outline: outline, kept: kept)
        return analysis.lines.indices.map { index in
            var role = ""
            if index == outline.title { role = "title" }
            if outline.titleRepeats.contains(index) { role = "title-repeat" }
            if index == outline.dateLine { role = "date" }
            if index == header.byline { role = "byline" }
            if index == header.standfirst { role = "standfirst" }
            return (analysis.lines[index].text, probabilities[index], kept[index], role)
        }
    }
}

extension ExtractionOptions.Favor {
    /// How far the favour moves the line classifier's threshold.
    var textModeThresholdShift: Double {
        switch self {
        case .precision: TextModeHeuristics.favorThresholdShift
        case .balanced: 0
        case .recall: -TextModeHeuristics.favorThresholdShift
        }
    }
}
