/// Lines that only point away from the article: picture credits ("Foto: dpa", "(Credit: Grist)")
/// and "read also" teasers ("Related articles", "À lire aussi » …"). HTML blocks and text-mode
/// lines are judged alike; only short lines count.
enum AsideLine {
    /// How a line opens with a "read also" cue.
    enum Teaser {
        /// No cue opens the line.
        case none
        /// The cue is alone, sets off what follows with a separator, or ends in a colon: a
        /// teaser whatever the markup.
        case certain
        /// The cue runs into more words ("Read more about calories"): a teaser only if linked.
        case ifLinked
    }

    /// Whether `text` is a picture credit or source line ("Foto: dpa"), or a caption that ends
    /// with one ("The Hoka Speedgoat 7. Photo: iRunFar", "Marco Odermatt. © AFP / Bertorello");
    /// `characterCount` counts its characters other than spaces.
    static func isCredit(_ text: String, characterCount: Int) -> Bool {
        guard characterCount <= ExtractionHeuristics.maximumCaptionCharacters else { return false }
        let lowered = text.lowercased()
        if characterCount <= ExtractionHeuristics.maximumCreditLineCharacters,
            startsWithCredit(lowered.drop { !$0.isLetter })
        {
            return true
        }
        return endsWithCredit(lowered)
    }

    /// Whether `text` opens with a credit label and its mark: "foto:", "photograph by", "bild ©".
    private static func startsWithCredit(_ text: Substring) -> Bool {
        guard let first = text.first, let labels = creditLabelsByFirstCharacter[first] else { return false }
        return labels.contains { label in
            guard let rest = remainder(of: text, after: label) else { return false }
            let tail = rest.drop { $0 == " " }
            return tail.hasPrefix(":") || tail.hasPrefix("：") || tail.hasPrefix("©") || tail.hasPrefix("/")
                || tail.hasPrefix("by ")
        }
    }

    /// Whether lowercase `text` ends with a credit: "©" or a credit label and a colon, then a
    /// name of at most ``ExtractionHeuristics/maximumCreditNameCharacters`` characters with no
    /// sentence end in it. A full stop inside a word ("Shutterstock.com", "CC BY 2.0") or at the
    /// very end ("Foto: Archivo El País.") belongs to the name.
    private static func endsWithCredit(_ text: String) -> Bool {
        // Only a "©" or ":" character can end the walk below with a credit, and those are their
        // scalars alone: most lines have neither and skip the walk over characters.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == copyrightSignLeadByte }) else { return false }
        var name = 0
        var index = text.endIndex
        var following: Character?
        while index > text.startIndex, name <= ExtractionHeuristics.maximumCreditNameCharacters {
            index = text.index(before: index)
            let character = text[index]
            switch character {
            case "©":
                return name > 0
            case ":":
                guard name > 0 else { return false }
                let label = String(text[..<index].reversed().drop { $0 == " " }.prefix { $0.isLetter }.reversed())
                return TextVocabulary.creditLabels.contains(label)
            case ".", "!", "?":
                if following?.isWhitespace ?? false { return false }
                name += 1
            default:
                name += 1
            }
            following = character
        }
        return false
    }

    /// How `text` opens with a "read also" cue; `characterCount` counts its characters other
    /// than spaces.
    static func teaser(_ text: String, characterCount: Int) -> Teaser {
        guard characterCount <= ExtractionHeuristics.maximumReadAlsoTeaserCharacters else { return .none }
        let lowered = text.lowercased().drop { !$0.isLetter }
        guard let first = lowered.first, let cues = readAlsoCuesByFirstCharacter[first] else { return .none }
        var result = Teaser.none
        for cue in cues {
            guard let rest = remainder(of: lowered, after: cue) else { continue }
            let tail = rest.drop { $0 == " " }
            guard let first = tail.first, tail.contains(where: \.isLetter), !separators.contains(first), !tail.hasSuffix(":")
            else { return .certain }
            result = .ifLinked
        }
        return result
    }

    /// The cues and labels by their first character: only those can be a line's prefix, and
    /// comparing a line with each of them one by one was most of the time spent on aside lines.
    private static let readAlsoCuesByFirstCharacter = Dictionary(grouping: TextVocabulary.readAlsoCues) { $0.first! }
    private static let creditLabelsByFirstCharacter = Dictionary(grouping: TextVocabulary.creditLabels) { $0.first! }

    /// The first UTF-8 byte of "©" (U+00A9 is C2 A9), a superset filter for it.
    private static let copyrightSignLeadByte: UInt8 = 0xC2

    /// What comes between a "read also" cue and the title it introduces.
    private static let separators: Set<Character> = [":", "»", ">", "›", "→", "–", "—", "-", "|", "…"]

    /// The text after `prefix` when `text` starts with it as whole words, `nil` otherwise.
    static func remainder(of text: Substring, after prefix: String) -> Substring? {
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count)
        if let next = rest.first, next.isLetter || next.isNumber { return nil }
        return rest
    }
}
