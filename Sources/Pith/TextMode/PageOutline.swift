/// Stage 3 of text mode (read before the classifier, which uses it): where the headline, its
/// repetitions and the date line are.
///
/// The article's text starts at the first long line (``TextModeHeuristics/longLineWords``). The
/// headline is the best line before it within ``TextModeHeuristics/headlineWindow`` lines, by
/// shape (a handful of words, no full stop, not furniture), by whether it is repeated (pages
/// print the headline in breadcrumbs, over the standfirst, in the share bar), by being a
/// Markdown heading, and by a date line next to it; nearer the text is better. The date is the
/// date line nearest the headline, else the first before the text.
struct PageOutline: Sendable {
    var title: Int?
    /// Later lines with the headline's text.
    var titleRepeats: Set<Int> = []
    var dateLine: Int?
    var date: ArticleDate?
    /// The first long line.
    var anchor: Int?

    /// The outline of a page whose text starts at `anchor`, or, without one, at the first long
    /// line that has a sentence end (else the longest line).
    init(lines: [TextLine], signals: [LineSignals], repetition: LineRepetition, anchor: Int? = nil) {
        self.anchor = anchor
            ?? lines.indices.first { lines[$0].wordCount >= TextModeHeuristics.longLineWords && signals[$0].sentenceEnds > 0 }
            ?? lines.indices.max { lines[$0].wordCount < lines[$1].wordCount }
        guard let anchor = self.anchor else { return }
        let window = max(0, anchor - TextModeHeuristics.headlineWindow)..<anchor
        let dateLines = lines.indices.filter { signals[$0].isDateLine }
        var best: (score: Double, index: Int)?
        for index in window {
            guard let score = headlineScore(
                index, lines: lines, signals: signals, repetition: repetition, dateLines: dateLines, anchor: anchor)
            else { continue }
            if best == nil || score > best!.score { best = (score, index) }
        }
        if let title = best?.index {
            self.title = title
            titleRepeats = Set(lines.indices.filter { $0 != title && repetition.firstOccurrence[$0] == title })
        }
        let reference = title ?? anchor
        let near = dateLines.filter { abs($0 - reference) <= TextModeHeuristics.dateWindow }
        dateLine = near.min { abs($0 - reference) < abs($1 - reference) } ?? dateLines.first { $0 < anchor }
        date = dateLine.flatMap { signals[$0].date?.date }
    }

    /// How much line `index` looks like the headline, or nil if it cannot be.
    private func headlineScore(
        _ index: Int, lines: [TextLine], signals: [LineSignals], repetition: LineRepetition, dateLines: [Int], anchor: Int
    ) -> Double? {
        let line = lines[index]
        let signal = signals[index]
        guard TextModeHeuristics.headlineWords.contains(line.wordCount), !signal.isDateLine, !signal.isTimeCode,
            !signal.isCopyright, !signal.isContact, !signal.isInterfacePhrase, !signal.startsWithBylineWord,
            !signal.hasLabelShare, !line.isListItem,
            !repetition.isLaterOccurrence(index)
        else { return nil }
        var score = 0.0
        if !repetition.isUnique(index) { score += HeadlineWeights.repeated }
        switch line.headingLevel {
        case 1: score += HeadlineWeights.markdownTitle
        case 2...: score += HeadlineWeights.markdownHeading
        default: break
        }
        if dateLines.contains(where: { abs($0 - index) <= HeadlineWeights.dateNeighbourhood }) { score += HeadlineWeights.nearDate }
        if HeadlineWeights.typicalWords.contains(line.wordCount) { score += HeadlineWeights.typicalLength }
        if signal.endsWithSentencePunctuation && !line.text.hasSuffix("?") && !line.text.hasSuffix("!") { score -= HeadlineWeights.fullStop }
        if signal.endsWithColon { score -= HeadlineWeights.fullStop }
        if signal.startsUppercase || signal.startsWithDigit { score += HeadlineWeights.capital }
        score -= HeadlineWeights.furniture * signal.interfaceWordRatio
        score -= HeadlineWeights.separators * min(signal.separatorsPerWord * Double(line.wordCount), 3)
        score -= HeadlineWeights.distance * Double(anchor - index)
        return score
    }
}

/// Weights of the headline score (points; hand-set and checked on the WCXB dev titles with
/// `pith eval wcxb … --input text`: title exact-match rate).
enum HeadlineWeights {
    static let repeated = 3.0
    static let markdownTitle = 4.0
    static let markdownHeading = 1.5
    static let nearDate = 2.0
    /// Lines of a date line that count as next to it.
    static let dateNeighbourhood = 2
    static let typicalWords = 4...16
    static let typicalLength = 1.0
    static let fullStop = 2.0
    static let capital = 0.5
    /// Subtracted at a line made only of furniture words.
    static let furniture = 4.0
    /// Subtracted per menu separator (up to three).
    static let separators = 1.0
    /// Subtracted per line between the candidate and the first long line.
    static let distance = 0.15
}
