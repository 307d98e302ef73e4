import PithHTML

/// A run of text that the page presents as one unit: a paragraph, a heading, a list item, a table
/// cell, or the loose text of a container between its child blocks. Blocks are what the extractor
/// keeps or drops.
struct TextBlock: Sendable {
    /// The innermost block-level element the text sits in.
    var element: NodeID
    /// Document order of the block.
    var index: Int
    /// The text with whitespace collapsed (kept verbatim inside `pre`).
    var text: String
    /// The text with inline markup, for Markdown and HTML output.
    var inlines: [Inline]
    /// Tokens as the WCXB scorer counts them (`\w+` runs).
    var wordCount: Int
    /// Tokens inside links.
    var linkWordCount: Int
    /// Non-whitespace characters (a length measure that also works for CJK text).
    var characterCount: Int
    /// Traits inherited from the element and its ancestors.
    var traits: ElementTraits
    /// 1–6 for headings, 0 otherwise.
    var headingLevel: Int

    var linkDensity: Double {
        wordCount == 0 ? 0 : Double(linkWordCount) / Double(wordCount)
    }
}
