/// Stage 7 of text mode: the body lines as blocks.
///
/// Each line is a paragraph, a Markdown heading a heading, consecutive list items a list. A line of
/// ``TextModeHeuristics/minimumDeduplicatedWords`` or more words that already appeared is not
/// repeated. Picture credits and "read also" teasers (``AsideLine``) are left out as in HTML mode,
/// and so are short subscription, newsletter and consent notices and the story's tags.
enum TextBodyAssembler {
    /// The blocks of the lines that `body` marks.
    static func blocks(lines: [TextLine], normalized: [String], body: [Bool]) -> [Block] {
        var blocks: [Block] = []
        var listItems: [[Block]] = []
        var emitted: Set<String> = []
        func closeList() {
            if !listItems.isEmpty { blocks.append(.list(ordered: false, items: listItems)) }
            listItems = []
        }
        for index in lines.indices where body[index] {
            let line = lines[index]
            if isAside(line, words: normalized[index]) { continue }
            if line.wordCount >= TextModeHeuristics.minimumDeduplicatedWords {
                guard emitted.insert(normalized[index]).inserted else { continue }
            }
            if line.isListItem {
                listItems.append([.paragraph([.text(line.text)])])
                continue
            }
            closeList()
            blocks.append(line.headingLevel > 0 ? .heading(level: line.headingLevel, text: [.text(line.text)]) : .paragraph([.text(line.text)]))
        }
        closeList()
        return blocks
    }

    /// Whether `line`, whose normalised `words` (``LineText/normalized(_:)``) the caller has, is a
    /// picture credit (outside lists, as in HTML mode), a teaser whose cue says so by itself (text
    /// mode has no links to tell a run-on cue from prose), a notice or a taxonomy line.
    private static func isAside(_ line: TextLine, words: String) -> Bool {
        let characters = line.text.reduce(0) { $1 == " " ? $0 : $0 + 1 }
        return (!line.isListItem && AsideLine.isCredit(line.text, characterCount: characters))
            || AsideLine.teaser(line.text, characterCount: characters) == .certain || isNotice(line, words: words)
            || isTaxonomy(line)
    }

    /// Whether `line` files the story under tags or categories: one of
    /// ``TextModeVocabulary/taxonomyLabels`` opens it, alone or before a colon ("Tags:", "Themen:
    /// Ehrenamt, Jugend"), or one of ``TextModeVocabulary/taxonomyOpeners`` does, in at most
    /// ``TextModeHeuristics/maximumTaxonomyWords`` words. A line that opens with a mark
    /// ("{ category: …" in code) is not one.
    private static func isTaxonomy(_ line: TextLine) -> Bool {
        guard line.wordCount <= TextModeHeuristics.maximumTaxonomyWords, line.text.first?.isLetter ?? false else { return false }
        let lowered = line.text.lowercased()[...]
        if TextModeVocabulary.taxonomyOpeners.contains(where: { AsideLine.remainder(of: lowered, after: $0) != nil }) { return true }
        return TextModeVocabulary.taxonomyLabels.contains { label in
            guard let rest = AsideLine.remainder(of: lowered, after: label) else { return false }
            let tail = rest.drop { $0 == " " }
            return tail.isEmpty || tail.hasPrefix(":")
        }
    }

    /// Whether `line` is a short subscription, newsletter, consent, comment-form or paywall notice:
    /// at most ``TextModeHeuristics/maximumNoticeWords`` words, one of them a
    /// ``TextModeVocabulary/noticeWords`` word, or saying one of the
    /// ``TextModeVocabulary/commentFormPhrases`` or ``TextModeVocabulary/paywallPhrases``, or that
    /// the e-mail address is not published.
    private static func isNotice(_ line: TextLine, words: String) -> Bool {
        guard line.wordCount <= TextModeHeuristics.maximumNoticeWords else { return false }
        let vocabulary = TextModeVocabulary.self
        let tokens = words.split(separator: " ").map(String.init)
        if tokens.contains(where: vocabulary.noticeWords.contains) { return true }
        let padded = " \(words) "
        func says(_ phrase: String) -> Bool { padded.contains(" \(phrase) ") }
        return vocabulary.commentFormPhrases.contains(where: says) || vocabulary.paywallPhrases.contains(where: says)
            || (tokens.contains(where: vocabulary.emailWords.contains) && vocabulary.notPublishedPhrases.contains(where: says))
    }
}
