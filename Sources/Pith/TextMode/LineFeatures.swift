/// The numeric description of each line that the line classifier reads (stage 4 of text mode).
///
/// Features cover the line's own shape and vocabulary (``LineSignals``), its layout (blank
/// lines, Markdown marks), its neighbourhood (runs of short lines are menus), repetition on the
/// page, and where it sits relative to the headline, the date line and the first long line
/// (``PageOutline``). The order is the model's input order: `Scripts/model/train_line_model.py`
/// trains on exactly these columns, dumped by `pith dev text-features`.
struct LineFeatures {
    /// The feature columns, in order.
    enum Column: Int, CaseIterable {
        case logCharacters, logWords, meanWordLength, sentenceEndsPerWord, commasPerWord
        case endsWithSentencePunctuation, endsWithColon, startsUppercase, startsWithDigit
        case digitRatio, uppercaseRatio, symbolRatio, stopWordRatio, interfaceWordRatio, isInterfacePhrase
        case isTimeCode, isDateLine, containsDate, isCopyright, isContact, labelRepetition, gluedTokenRatio
        case separatorsPerWord, startsWithBylineWord, endsWithQuestion, isCreditLine, readerAddressRatio
        case headingLevel, isListItem, isQuote, linkCharacterRatio, logLinks, blankLinesBefore, blankLinesAfter
        case indentation
        case relativeIndex, relativeWordOffset, logPageWords, logPageLines, pageWordShare
        case duplicateCount, isLaterDuplicate
        case logPreviousWords, logNextWords, previousStopWordRatio, nextStopWordRatio
        case shortRunLength, logDistanceToLongLine, logNeighbourhoodWords
        case hasTitle, isTitle, isTitleRepeat, linesFromTitle, hasDateLine, linesFromDateLine, linesFromAnchor
    }

    static let count = Column.allCases.count

    /// The column names, as the training script and the generated model know them.
    static var names: [String] { Column.allCases.map { "\($0)" } }

    /// Row-major: line `l`'s features are `values[l * count ..< (l + 1) * count]`.
    private(set) var values: [Float]

    init(lines: [TextLine], signals: [LineSignals], repetition: LineRepetition, outline: PageOutline) {
        let count = Self.count
        let n = lines.count
        values = [Float](repeating: 0, count: n * count)
        let pageWords = max(lines.reduce(0) { $0 + $1.wordCount }, 1)
        let shortRuns = Self.shortRunLengths(lines)
        let longLines = lines.indices.filter { lines[$0].wordCount >= TextModeHeuristics.longLineWords }
        var longCursor = 0
        var wordsBefore = 0
        for index in lines.indices {
            let line = lines[index]
            let signal = signals[index]
            var row = [Float](repeating: 0, count: count)
            func set(_ column: Column, _ value: Double) { row[column.rawValue] = Float(value) }
            func set(_ column: Column, _ flag: Bool) { row[column.rawValue] = flag ? 1 : 0 }
            let words = Double(max(line.wordCount, 1))
            set(.logCharacters, logOnePlus(Double(signal.characters)))
            set(.logWords, logOnePlus(Double(line.wordCount)))
            set(.meanWordLength, signal.meanWordLength)
            set(.sentenceEndsPerWord, Double(signal.sentenceEnds) / words)
            set(.commasPerWord, Double(signal.commas) / words)
            set(.endsWithSentencePunctuation, signal.endsWithSentencePunctuation)
            set(.endsWithColon, signal.endsWithColon)
            set(.startsUppercase, signal.startsUppercase)
            set(.startsWithDigit, signal.startsWithDigit)
            set(.digitRatio, signal.digitRatio)
            set(.uppercaseRatio, signal.uppercaseRatio)
            set(.symbolRatio, signal.symbolRatio)
            set(.stopWordRatio, signal.stopWordRatio)
            set(.interfaceWordRatio, signal.interfaceWordRatio)
            set(.isInterfacePhrase, signal.isInterfacePhrase)
            set(.isTimeCode, signal.isTimeCode)
            set(.isDateLine, signal.isDateLine)
            set(.containsDate, signal.date != nil)
            set(.isCopyright, signal.isCopyright)
            set(.isContact, signal.isContact)
            set(.labelRepetition, signal.labelRepetition)
            set(.gluedTokenRatio, signal.gluedTokenRatio)
            set(.separatorsPerWord, signal.separatorsPerWord)
            set(.startsWithBylineWord, signal.startsWithBylineWord)
            set(.endsWithQuestion, signal.endsWithQuestion)
            set(.isCreditLine, signal.isCreditLine)
            set(.readerAddressRatio, signal.readerAddressRatio)
            set(.headingLevel, Double(line.headingLevel))
            set(.isListItem, line.isListItem)
            set(.isQuote, line.isQuote)
            set(.linkCharacterRatio, Double(line.linkedCharacters) / Double(max(signal.characters, 1)))
            set(.logLinks, logOnePlus(Double(line.linkCount)))
            set(.blankLinesBefore, Double(line.blankLinesBefore))
            set(.blankLinesAfter, Double(line.blankLinesAfter))
            set(.indentation, logOnePlus(Double(line.indentation)))
            set(.relativeIndex, Double(index) / Double(max(n - 1, 1)))
            set(.relativeWordOffset, Double(wordsBefore) / Double(pageWords))
            set(.logPageWords, logOnePlus(Double(pageWords)))
            set(.logPageLines, logOnePlus(Double(n)))
            set(.pageWordShare, Double(line.wordCount) / Double(pageWords))
            set(.duplicateCount, logOnePlus(Double(repetition.occurrences[index] - 1)))
            set(.isLaterDuplicate, repetition.isLaterOccurrence(index))
            set(.logPreviousWords, index > 0 ? logOnePlus(Double(lines[index - 1].wordCount)) : -1)
            set(.logNextWords, index + 1 < n ? logOnePlus(Double(lines[index + 1].wordCount)) : -1)
            set(.previousStopWordRatio, index > 0 ? signals[index - 1].stopWordRatio : -1)
            set(.nextStopWordRatio, index + 1 < n ? signals[index + 1].stopWordRatio : -1)
            set(.shortRunLength, logOnePlus(Double(shortRuns[index])))
            while longCursor < longLines.count && longLines[longCursor] < index { longCursor += 1 }
            var distance = TextModeHeuristics.maximumLineDistance
            if longCursor < longLines.count { distance = min(distance, longLines[longCursor] - index) }
            if longCursor > 0 { distance = min(distance, index - longLines[longCursor - 1]) }
            set(.logDistanceToLongLine, logOnePlus(Double(distance)))
            let window = max(0, index - TextModeHeuristics.nearWindow)...min(n - 1, index + TextModeHeuristics.nearWindow)
            set(.logNeighbourhoodWords, logOnePlus(Double(window.reduce(0) { $0 + lines[$1].wordCount }) / Double(window.count)))
            set(.hasTitle, outline.title != nil)
            set(.isTitle, outline.title == index)
            set(.isTitleRepeat, outline.titleRepeats.contains(index))
            set(.linesFromTitle, Self.signedDistance(from: outline.title, to: index))
            set(.hasDateLine, outline.dateLine != nil)
            set(.linesFromDateLine, Self.signedDistance(from: outline.dateLine, to: index))
            set(.linesFromAnchor, Self.signedDistance(from: outline.anchor, to: index))
            wordsBefore += line.wordCount
            values.replaceSubrange((index * count)..<((index + 1) * count), with: row)
        }
    }

    /// Lines from `reference` to `index`, signed, capped and scaled to -1...1 (0 without a reference).
    private static func signedDistance(from reference: Int?, to index: Int) -> Double {
        guard let reference else { return 0 }
        let cap = TextModeHeuristics.maximumLineDistance
        return Double(max(-cap, min(cap, index - reference))) / Double(cap)
    }

    /// For each line, the length of the run of consecutive short lines it is in (0 if it is not short).
    private static func shortRunLengths(_ lines: [TextLine]) -> [Int] {
        var result = [Int](repeating: 0, count: lines.count)
        var start = 0
        while start < lines.count {
            guard lines[start].wordCount <= TextModeHeuristics.shortLineWords else {
                start += 1
                continue
            }
            var end = start
            while end < lines.count && lines[end].wordCount <= TextModeHeuristics.shortLineWords { end += 1 }
            for index in start..<end { result[index] = end - start }
            start = end
        }
        return result
    }
}
