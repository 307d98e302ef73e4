/// Everything text mode reads from a page before classifying its lines: the lines, their
/// signals, normalised texts and repetition, the outline, the feature matrix.
struct TextPageAnalysis {
    let lines: [TextLine]
    let signals: [LineSignals]
    /// Each line's words, lowercased and joined (for repetition).
    let normalized: [String]
    let repetition: LineRepetition
    let outline: PageOutline
    let features: LineFeatures

    /// The outline again, from the first long line among the `kept` ones, if that is not the
    /// line the first outline started from.
    func outline(kept: [Bool]) -> PageOutline {
        guard let start = lines.indices.first(where: { kept[$0] && lines[$0].wordCount >= TextModeHeuristics.longLineWords && signals[$0].sentenceEnds > 0 }),
            start != outline.anchor
        else { return outline }
        return PageOutline(lines: lines, signals: signals, repetition: repetition, anchor: start)
    }

    /// Whether the classifier's `probability` keeps line `index`: it must reach `threshold`, a
    /// line of a few words by a margin (it carries less evidence than a paragraph: a teaser's
    /// title, a widget's label), and a line that is only player time codes or a run of icon
    /// labels glued together is never content, whatever its neighbours say.
    func keeps(_ index: Int, probability: Double, threshold: Double) -> Bool {
        let isShort = lines[index].wordCount <= TextModeHeuristics.maximumShortLineWords
        return probability >= threshold + (isShort ? TextModeHeuristics.shortLineThresholdMargin : 0)
            && !signals[index].isTimeCode && !signals[index].isLabelRun
    }

    init(text: String) {
        lines = TextLineSegmenter.lines(of: text)
        signals = lines.map { LineSignals($0.text) }
        normalized = lines.map { LineText.normalized($0.text) }
        repetition = LineRepetition(normalized: normalized)
        outline = PageOutline(lines: lines, signals: signals, repetition: repetition)
        features = LineFeatures(lines: lines, signals: signals, repetition: repetition, outline: outline)
    }
}
