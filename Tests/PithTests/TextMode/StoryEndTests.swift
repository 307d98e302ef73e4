@testable import Pith
import Testing

@Suite("StoryEnd")
struct StoryEndTests {
    private func lines(_ texts: [String]) -> [TextLine] {
        texts.enumerated().map { index, text in
            var line = TextLine(text: text, sourceLine: index)
            line.wordCount = LineText.wordCount(text)
            return line
        }
    }

    private func storyEnd(_ page: [TextLine], candidates: [Bool]) -> Int? {
        let normalized = page.map { LineText.normalized($0.text) }
        return StoryEnd.index(lines: page, normalized: normalized, repetition: LineRepetition(normalized: normalized), candidates: candidates)
    }

    @Test("a comment heading below the story ends it; kept lines after it are not body")
    func commentHeadingEndsStory() throws {
        let page = lines([
            "The council met on Tuesday evening to discuss the new budget for the coming year.",
            "Several residents spoke against the plan, saying the library would lose opening hours.",
            "3 Comments",
            "I was at the meeting and the mood in the room was far from friendly, to be honest.",
        ])
        let end = storyEnd(page, candidates: [true, true, false, true])
        #expect(end == 2)
    }

    @Test("the same heading above most of the body (a share bar under the headline) does not end it")
    func headingAboveBodyIgnored() {
        let page = lines([
            "Share this",
            "The council met on Tuesday evening to discuss the new budget for the coming year.",
            "Several residents spoke against the plan, saying the library would lose opening hours.",
        ])
        #expect(storyEnd(page, candidates: [false, true, true]) == nil)
    }

    @Test("a heading the page repeats (\"Add a comment\" under each answer of a thread) does not end it")
    func repeatedHeadingIgnored() {
        let page = lines([
            "How do I undo the most recent local commits in Git without losing the changes I made?",
            "Add a comment",
            "Use git reset with the soft option, which keeps your changes staged for the next commit.",
            "Add a comment",
        ])
        #expect(storyEnd(page, candidates: [true, false, true, false]) == nil)
    }

    @Test("section openings in several languages; prose that merely mentions comments is not one",
          arguments: [
              ("Leave a Reply", true), ("Schreibe einen Kommentar Antworten abbrechen", true), ("Kommentare (12)", true),
              ("1 Antwort zu „Ein Tag am Meer“", true), ("Über den Autor / die Autorin", true), ("Share this:", true),
              ("Comments are moderated before they appear.", false), ("3 replies to “Need for Speed”", true), ("1 Reply Last reply", false), ("You May Also Like", true),
              ("Shareholders met on Monday.", false), ("Share this timeline with your team", false), ("12 people commented", false),
          ])
    func openings(text: String, opens: Bool) {
        #expect(StoryEnd.opensFollowingSection(LineText.normalized(text)) == opens)
    }

    @Test("a related-posts heading ends the story only far down the body")
    func relatedHeadingNeedsMostOfTheBody() {
        let story = [
            "The council met on Tuesday evening to discuss the new budget for the coming year.",
            "Several residents spoke against the plan, saying the library would lose opening hours.",
        ]
        let below = lines(story + ["Lesen Sie auch", "Bürgermeister tritt nach drei Amtszeiten zurück"])
        #expect(storyEnd(below, candidates: [true, true, false, true]) == 2)
        // Half the body below the cue: it introduces a link inside the story.
        let inside = lines([story[0], "Lesen Sie auch", story[1]])
        #expect(storyEnd(inside, candidates: [true, false, true]) == nil)
    }

    @Test("related-posts headings; subheadings, sentences and single teasers are not",
          arguments: [
              ("More from the newsroom", true), ("Lesen Sie auch die folgenden Beiträge:", true), ("TE PUEDE INTERESAR", true),
              ("Die meistgelesenen Artikel", true), ("TEMAS RELACIONADOS", true), ("Les plus lus", true), ("Explore further", true), ("Viel gelesen", true),
              ("Czytaj też: Komu dać superbroń?", false), ("Popular Bougainvillea Varieties", false),
              ("Noch mehr Arbeit und Weltklassestadien", false), ("See also the notes below.", false), ("Read more", false),
          ])
    func relatedHeadings(text: String, heads: Bool) {
        let line = lines([text])[0]
        #expect(StoryEnd.isRelatedHeading(line, words: LineText.normalized(text)) == heads)
    }
}
