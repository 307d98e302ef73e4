import PithHTML
@testable import Pith

extension TextBlock {
    /// A block of plain `text` for tests of the rules that run on kept blocks; its counts follow
    /// the text (words split at spaces, characters other than spaces).
    static func sample(_ text: String, index: Int = 0, traits: ElementTraits = [], headingLevel: Int = 0) -> TextBlock {
        TextBlock(
            element: NodeID(UInt32(index + 1)), index: index, text: text, inlines: [.text(text)],
            wordCount: text.split(separator: " ").count, linkWordCount: 0,
            characterCount: text.filter { $0 != " " }.count, traits: traits, headingLevel: headingLevel
        )
    }
}
