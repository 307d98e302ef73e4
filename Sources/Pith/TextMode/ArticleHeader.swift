/// Stage 5 of text mode, after the classifier: the standfirst and the byline around the headline.
///
/// - The **standfirst** is the first line after the headline (within
///   ``TextModeHeuristics/standfirstWindow`` lines, date and byline lines skipped) when it is
///   sentence-length and either the headline is repeated right after it (pages print
///   headline, standfirst, headline again over the story) or the classifier left it out of the
///   body while it reads as prose.
/// - The **byline** is a short line near the headline that opens with a byline word (`By`,
///   `Von`, `Par`, `Written by`); the names are what follows, cut at the first date, separator
///   or digit and split at commas and conjunctions.
struct ArticleHeader {
    var standfirst: Int?
    /// Whether the standfirst was kept as content and must leave the body.
    var standfirstWasKept = false
    var byline: Int?
    var authors: [String] = []

    init(analysis: TextPageAnalysis, outline: PageOutline, kept: [Bool]) {
        guard let title = outline.title else { return }
        let lines = analysis.lines
        let signals = analysis.signals
        let bylineRange = max(0, title - TextModeHeuristics.bylineWindow)...min(lines.count - 1, title + TextModeHeuristics.bylineWindow)
        for index in bylineRange where index != title && signals[index].startsWithBylineWord
            && lines[index].wordCount <= TextModeHeuristics.maximumBylineWords
        {
            let names = Self.names(in: lines[index].text)
            if !names.isEmpty {
                byline = index
                authors = names
                break
            }
        }
        func isHeaderFurniture(_ index: Int) -> Bool { index == byline || index == outline.dateLine || signals[index].isDateLine }
        var candidate = title + 1
        while candidate < lines.count, candidate - title <= TextModeHeuristics.standfirstWindow, isHeaderFurniture(candidate) { candidate += 1 }
        guard candidate < lines.count, candidate - title <= TextModeHeuristics.standfirstWindow,
            !outline.titleRepeats.contains(candidate),
            TextModeHeuristics.standfirstWords.contains(lines[candidate].wordCount),
            !signals[candidate].isInterfacePhrase, !lines[candidate].isListItem, lines[candidate].headingLevel == 0,
            !signals[candidate].hasLabelShare
        else { return }
        var next = candidate + 1
        while next < lines.count, isHeaderFurniture(next) { next += 1 }
        let headlineRepeatedAfter = outline.titleRepeats.contains(next)
        let proseLeftOut = !kept[candidate] && signals[candidate].stopWordRatio >= TextModeHeuristics.minimumStandfirstStopWords
            && signals[candidate].interfaceWordRatio == 0
        if headlineRepeatedAfter || proseLeftOut {
            standfirst = candidate
            standfirstWasKept = kept[candidate]
        }
    }

    /// The names of a byline: "By Jane Doe and John Roe | 24 Dec 2022" → ["Jane Doe", "John Roe"].
    static func names(in byline: String) -> [String] {
        var words = byline.split(separator: " ").map(String.init)
        // Drop the opener ("By", "Written by", "Autor:").
        while let first = words.first, TextModeVocabulary.bylineOpeners.contains(LineText.normalized(first)) || first.hasSuffix(":") {
            words.removeFirst()
            if first.hasSuffix(":") { break }
        }
        var kept: [String] = []
        for word in words {
            if word.first.map({ $0.isNumber || "|·•—–-".contains($0) }) ?? true { break }
            if DateLineMonthNames.month[LineText.normalized(word)] != nil, !kept.isEmpty { break }
            kept.append(word)
        }
        var names: [String] = []
        var current: [String] = []
        func finish() {
            let name = current.joined(separator: " ").trimmingCharacters(in: ",;")
            if !name.isEmpty, name.first?.isUppercase == true { names.append(name) }
            current = []
        }
        for word in kept {
            if TextModeVocabulary.nameConjunctions.contains(word.lowercased()) {
                finish()
                continue
            }
            let endsName = word.hasSuffix(",") || word.hasSuffix(";")
            current.append(endsName ? String(word.dropLast()) : word)
            if endsName { finish() }
        }
        finish()
        return names.filter { $0.split(separator: " ").count <= TextModeHeuristics.maximumNameWords }
    }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    fileprivate func trimmingCharacters(in set: String) -> String {
        var scalars = Substring(self)
        while let first = scalars.first, set.contains(first) || first == " " { scalars.removeFirst() }
        while let last = scalars.last, set.contains(last) || last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
