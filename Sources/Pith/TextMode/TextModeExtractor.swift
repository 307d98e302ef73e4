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
/// 6. **End** (`StoryEnd`): the comment, author or share heading below most of the body.
/// 7. **Body** (`TextBodyAssembler`): kept lines above the end as paragraphs, headings and lists.
struct TextModeExtractor {
    let options: ExtractionOptions

    func extract(text: String, url: String?) -> Article {
        let stages = Stages(text: text, options: options)
        let analysis = stages.analysis
        var article = Article()
        article.url = url
        article.title = stages.outline.title.map { analysis.lines[$0].text }
        article.published = stages.outline.date
        article.authors = stages.header.authors
        article.description = stages.header.standfirst.map { analysis.lines[$0].text }
        article.body = TextBodyAssembler.blocks(lines: analysis.lines, normalized: analysis.normalized, body: stages.body)
        return article
    }

    /// Every line with its content probability, for debugging the pipeline.
    func trace(text: String) -> [(text: String, probability: Double, kept: Bool, role: String)] {
        let stages = Stages(text: text, options: options)
        return stages.analysis.lines.indices.map { index in
            (stages.analysis.lines[index].text, stages.probabilities[index], stages.kept[index], stages.role(of: index))
        }
    }

    /// Stages 1 to 6 over one page.
    private struct Stages {
        let analysis: TextPageAnalysis
        let probabilities: [Double]
        let kept: [Bool]
        let outline: PageOutline
        let header: ArticleHeader
        let storyEnd: Int?
        /// Whether each line is body: kept, not a header line, above the story's end.
        let body: [Bool]

        init(text: String, options: ExtractionOptions) {
            analysis = TextPageAnalysis(text: text)
            let threshold = LineModel.threshold + options.favor.textModeThresholdShift
            probabilities = LineClassifier.probabilities(lines: analysis.lines, features: analysis.features)
            kept = probabilities.indices.map { [analysis, probabilities] in analysis.keeps($0, probability: probabilities[$0], threshold: threshold) }
            outline = analysis.outline(kept: kept)
            header = ArticleHeader(analysis: analysis, outline: outline, kept: kept)
            // The headline, its repeats, the date line, the byline and the standfirst.
            var headerLines = outline.titleRepeats
            for index in [outline.title, outline.dateLine, header.byline, header.standfirst] {
                if let index { headerLines.insert(index) }
            }
            var body = kept.indices.map { [kept] in kept[$0] && !headerLines.contains($0) }
            storyEnd = StoryEnd.index(
                lines: analysis.lines, normalized: analysis.normalized, repetition: analysis.repetition, candidates: body)
            if let storyEnd { body.replaceSubrange(storyEnd..., with: repeatElement(false, count: body.count - storyEnd)) }
            self.body = body
        }

        func role(of index: Int) -> String {
            if index == outline.title { return "title" }
            if outline.titleRepeats.contains(index) { return "title-repeat" }
            if index == outline.dateLine { return "date" }
            if index == header.byline { return "byline" }
            if index == header.standfirst { return "standfirst" }
            if index == storyEnd { return "story-end" }
            return kept[index] && !body[index] ? "after-end" : ""
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
