/// Turns a byline as written into names: "By Jane Doe and John Roe | Dec 24, 2022" →
/// ["Jane Doe", "John Roe"].
///
/// 1. Cut at the first separator (`|` `•` `·` `—` `–`, ` - `) or word starting with a digit:
///    what follows is a date, a role or a reading time (`user3080392` keeps its digits).
/// 2. Drop what precedes a "by" word among the first few ("View all posts by", "Reviewed by"),
///    lead words ("By", "Von", "Autor:", "via") and trailing date words ("on", month names).
/// 3. Split on commas, semicolons, `&`, `+` and conjunctions ("and", "und", "et", …), re-attaching
///    credentials to the name before them ("Jane Doe, MD").
/// 4. Drop e-mail addresses, URLs, `@handles`, placeholders ("Staff", "Admin"), and anything too
///    long or without letters to be a name.
package enum BylineParser {
    /// The names in `byline`.
    package static func names(in byline: String) -> [String] {
        var text = TextNormalization.collapsingWhitespace(byline)
        guard !text.isEmpty, text.count <= MetadataHeuristics.maximumBylineLength else { return [] }
        text = cutAtSeparator(text)
        var words = text.split(separator: " ").map(String.init)
        dropLeadWords(&words)
        dropTrailingWords(&words)
        guard !words.isEmpty else { return [] }
        return split(words).compactMap(cleanName)
    }

    // MARK: - Steps

    private static func cutAtSeparator(_ text: String) -> String {
        var end = text.endIndex
        var index = text.startIndex
        while index < end {
            let character = text[index]
            let startsWord = index == text.startIndex || text[text.index(before: index)] == " "
            if Self.separators.contains(character) || (character.isNumber && startsWord)
                || (character == "-" && text[..<index].hasSuffix(" ") && text[text.index(after: index)...].hasPrefix(" "))
            {
                end = index
                break
            }
            index = text.index(after: index)
        }
        return String(text[..<end]).trimmingPunctuation()
    }

    private static func dropLeadWords(_ words: inout [String]) {
        // "View all posts by Jane Doe", "Reviewed by Jane Doe": the names follow the "by".
        if let by = words.prefix(MetadataHeuristics.maximumWordsBeforeBy).lastIndex(where: {
            MetadataVocabulary.byWords.contains($0.lowercased().trimmingPunctuation())
        }), by + 1 < words.count {
            words.removeFirst(by + 1)
        }
        while let first = words.first {
            let bare = first.lowercased().trimmingPunctuation()
            guard MetadataVocabulary.bylineLeadWords.contains(bare) || bare.isEmpty else { break }
            words.removeFirst()
        }
    }

    private static func dropTrailingWords(_ words: inout [String]) {
        while let last = words.last {
            let bare = last.lowercased().trimmingPunctuation()
            guard bare.isEmpty || trailingWords.contains(bare) || MonthNames.month(named: bare[...]) != nil else { break }
            words.removeLast()
        }
    }

    /// Splits words into names at commas, semicolons, `&`, `+` and conjunctions.
    private static func split(_ words: [String]) -> [String] {
        var names: [String] = []
        var current: [String] = []
        func flush() {
            let name = current.joined(separator: " ").trimmingPunctuation()
            current = []
            guard !name.isEmpty else { return }
            if let last = names.last, isCredential(name) {
                names[names.count - 1] = last + ", " + name
            } else {
                names.append(name)
            }
        }
        for word in words {
            if word == "&" || word == "+" || word == "/" || MetadataVocabulary.nameConjunctions.contains(word.lowercased()) {
                flush()
                continue
            }
            var word = word
            var endsName = false
            if word.hasSuffix(",") || word.hasSuffix(";") {
                word.removeLast()
                endsName = true
            }
            current.append(word)
            if endsName { flush() }
        }
        flush()
        return names
    }

    /// "MD", "Ph.D.", "Jr.", "E-RYT": a credential or suffix rather than a name.
    private static func isCredential(_ text: String) -> Bool {
        let bare = text.lowercased().filter { $0 != "." }
        if MetadataVocabulary.nameSuffixes.contains(bare) { return true }
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.count <= MetadataHeuristics.maximumCredentialLetters
            && letters.allSatisfy(\.isUppercase) && !text.contains(" ")
    }

    private static func cleanName(_ raw: String) -> String? {
        let kept = raw.split(separator: " ").filter { word in
            !(word.contains("@") || word.hasPrefix("http") || word.hasPrefix("www.") || isCodePath(word))
        }
        let name = kept.joined(separator: " ").trimmingPunctuation()
        guard !name.isEmpty, name.count <= MetadataHeuristics.maximumAuthorNameLength,
            kept.count <= MetadataHeuristics.maximumAuthorNameWords, TextNormalization.hasLetter(name)
        else { return nil }
        let lowered = name.lowercased()
        if MetadataVocabulary.placeholderAuthorNames.contains(lowered) || lowered.hasSuffix(" staff") { return nil }
        return name
    }

    /// A template placeholder or code path left in a page: `page.head.extra.author`.
    private static func isCodePath(_ word: Substring) -> Bool {
        word.filter { $0 == "." }.count >= MetadataHeuristics.minimumCodePathDots && !word.contains { $0.isUppercase }
    }

    /// Characters after which a byline has ended.
    private static let separators: [Character] = ["|", "•", "·", "—", "–", "\n", "(", "<", ">"]

    /// Words that end a byline before its date: "on", "am", "le", "el", "il", "at", "updated".
    private static let trailingWords = ["am", "at", "den", "der", "el", "il", "le", "on", "posted", "published", "updated"]
}

extension String {
    /// The string without leading and trailing punctuation, symbols and spaces (letters, digits
    /// and closing dots of initials stay: "J.R.R." keeps its dots).
    func trimmingPunctuation() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
            !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "." || scalar == ")")
        }
        while start < end, isTrimmed(scalars[start]) || scalars[start] == "." { start = scalars.index(after: start) }
        while start < end, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
