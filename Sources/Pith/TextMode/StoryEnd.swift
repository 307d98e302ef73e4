/// Stage 6 of text mode: where the story ends.
///
/// A scrape runs on past the article into what pages put under it: the comment section ("Leave a
/// reply", "12 Comments"), the author's box ("About the author"), the share bar's heading
/// ("Share this"), the related posts ("You may also like"). Lines there can read like prose (a
/// biography, a comment, a newsletter pitch) and the classifier keeps some of them. The first line that opens such a section, once at
/// least ``TextModeHeuristics/minimumBodyShareBeforeEnd`` of the kept words lie above it, ends
/// the body; earlier, the same words are a share bar or a comment count under the headline.
/// A line the page repeats ("Add a comment" under each answer of a Q&A thread) is furniture of
/// each post, not a section's heading. A related-posts heading ("More from …", "Lesen Sie auch")
/// ends it too, but only once ``TextModeHeuristics/minimumBodyShareBeforeRelatedHeading`` of the
/// kept words lie above it: higher up it introduces a link inside the story.
enum StoryEnd {
    /// The index of the line that ends the story, or nil when none does. `candidates` are the
    /// lines that would be body (kept, not header lines).
    static func index(lines: [TextLine], normalized: [String], repetition: LineRepetition, candidates: [Bool]) -> Int? {
        let bodyWords = lines.indices.reduce(0) { candidates[$1] ? $0 + lines[$1].wordCount : $0 }
        guard bodyWords > 0 else { return nil }
        let wordsNeeded = TextModeHeuristics.minimumBodyShareBeforeEnd * Double(bodyWords)
        let wordsNeededForRelated = TextModeHeuristics.minimumBodyShareBeforeRelatedHeading * Double(bodyWords)
        var wordsBefore = 0
        for index in lines.indices {
            if Double(wordsBefore) >= wordsNeeded, lines[index].wordCount <= TextModeHeuristics.maximumStoryEndWords,
                opensFollowingSection(normalized[index]), repetition.isUnique(index)
            {
                return index
            }
            if Double(wordsBefore) >= wordsNeededForRelated, isRelatedHeading(lines[index], words: normalized[index]),
                repetition.isUnique(index)
            {
                return index
            }
            if candidates[index] { wordsBefore += lines[index].wordCount }
        }
        return nil
    }

    /// Whether a line heads related posts ("More from …", "Lesen Sie auch:"): a few words with
    /// no sentence end, opening with one of ``TextModeVocabulary/relatedHeadings``, and no title
    /// after a colon ("Czytaj też: …" is a single teaser inside the story, which
    /// ``TextBodyAssembler`` leaves out by itself).
    static func isRelatedHeading(_ line: TextLine, words: String) -> Bool {
        guard line.wordCount <= TextModeHeuristics.maximumRelatedHeadingWords,
            let last = line.text.last(where: { !$0.isWhitespace }), !".!?".contains(last),
            !(line.text.firstIndex(of: ":").map { line.text[$0...].contains(where: \.isLetter) } ?? false)
        else { return false }
        return TextModeVocabulary.relatedHeadings.contains { AsideLine.remainder(of: words[...], after: $0) != nil }
    }

    /// Whether a line, as its lowercased words (`LineText.normalized`), opens a comment section,
    /// an author box, a share bar or the related posts.
    static func opensFollowingSection(_ words: String) -> Bool {
        let tokens = words.split(separator: " ", maxSplits: 2)
        guard let first = tokens.first else { return false }
        let vocabulary = TextModeVocabulary.self
        // "Comments", "Kommentare (3)"
        if vocabulary.commentWords.contains(String(first)) {
            return tokens.count == 1 || (tokens.count == 2 && tokens[1].allSatisfy(\.isNumber))
        }
        // "12 Comments", "1 Antwort zu „…“"; not a forum's "1 Reply" under each post
        if first.allSatisfy(\.isNumber), tokens.count >= 2 {
            let second = String(tokens[1])
            if vocabulary.commentWords.contains(second) { return true }
            if vocabulary.replyWords.contains(second) {
                return tokens.count == 3 && vocabulary.replyPrepositions.contains(String(tokens[2].prefix { $0 != " " }))
            }
        }
        if vocabulary.shareHeadings.contains(words) { return true }
        return vocabulary.storyEndPhrases.contains { AsideLine.remainder(of: words[...], after: $0) != nil }
    }
}
