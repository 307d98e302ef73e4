/// One line of a text page after segmentation: its text with whitespace collapsed and Markdown
/// syntax removed, and the layout around it.
struct TextLine: Sendable {
    /// The text, trimmed, whitespace runs collapsed to one space.
    var text: String
    /// The line's number in the input (0-based; the first of a hard-wrapped paragraph's lines).
    var sourceLine: Int
    /// Blank lines between this line and the previous non-blank one (capped).
    var blankLinesBefore = 0
    /// Blank lines between this line and the next non-blank one (capped).
    var blankLinesAfter = 0
    /// Leading spaces in the input (tabs count as four).
    var indentation = 0
    /// 1–6 for a Markdown heading (`## Title`), else 0.
    var headingLevel = 0
    /// A list item (`* item`, `- item`, `1. item`).
    var isListItem = false
    /// A Markdown block quote (`> text`).
    var isQuote = false
    /// Markdown links removed from the line, and the characters of their text.
    var linkCount = 0
    var linkedCharacters = 0
    /// Words, as the scorer counts them (runs of letters and digits).
    var wordCount = 0
}
