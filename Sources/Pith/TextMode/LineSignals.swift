/// What one line says about itself, read from its text alone: its shape as a sentence, its
/// vocabulary, and the marks of page furniture (time codes, dates, copyright and contact lines,
/// icon labels run together).
///
/// Sentence ends, commas, digits and case are counted by HTML mode's ``TextShape``, so that a
/// line and a block of the same text read the same; a line starts uppercase by its first letter
/// or digit, past the bullets and quotation marks that plain text puts before it.
struct LineSignals: Sendable {
    var characters = 0
    var words = 0
    var meanWordLength = 0.0
    var sentenceEnds = 0
    var commas = 0
    var endsWithSentencePunctuation = false
    /// Ends with a question mark: prompts to the reader (`Wie bewerten Sie diesen Artikel?`).
    var endsWithQuestion = false
    var endsWithColon = false
    var startsUppercase = false
    var startsWithDigit = false
    /// Digits, uppercase letters and symbols as shares of the non-space characters / letters.
    var digitRatio = 0.0
    var uppercaseRatio = 0.0
    var symbolRatio = 0.0
    /// The largest share of the words that are stop words of one language.
    var stopWordRatio = 0.0
    /// The share of the words that belong to page furniture.
    var interfaceWordRatio = 0.0
    /// Every word is furniture (`Share`, `Sign in`, `Read more`).
    var isInterfacePhrase = false
    /// Player time codes (`0:00`, `25:59`, `1:02:33 / 3:45:00`).
    var isTimeCode = false
    /// A date, and whether the date is most of the line.
    var date: DateLineReader.Match?
    var isDateLine: Bool { date.map { $0.coverage >= TextModeHeuristics.dateLineCoverage } ?? false }
    var isCopyright = false
    var isContact = false
    /// How often the commonest four-letter sequence recurs per word: high for icon labels run
    /// together (`iconbookmarkicon cameraicon check…`), low for prose.
    var labelRepetition = 0.0
    /// The commonest four-letter sequence occurs ``TextModeHeuristics/labelRunRepetition`` or
    /// more times per word: icon labels run together, but also every line of three words or
    /// fewer (one occurrence is a third of a word). The headline and standfirst gates use it as
    /// it is: a headline that short is rarer than a label (letting them in cost a fifth of the
    /// dev sets' text-mode titles).
    var hasLabelShare: Bool { labelRepetition >= TextModeHeuristics.labelRunRepetition }
    /// Icon labels run together: the label share, with the sequence recurring (twice or more). A
    /// short line whose one sequence occurs once ("HOUSE RULES") is no label run.
    var isLabelRun: Bool {
        hasLabelShare && labelRepetition * Double(max(words, 1)) >= TextModeHeuristics.minimumLabelRepeats
    }
    /// The share of space-separated tokens with words glued inside (`HomeNewsSport`, `iconfb`).
    var gluedTokenRatio = 0.0
    /// Menu separators (`|`, `·`, `•`, `/`, `›`, `»`) per word.
    var separatorsPerWord = 0.0
    /// Opens with a byline word (`By`, `Von`, `Par`).
    var startsWithBylineWord = false
    /// A short line opening with a picture-credit or source label (`Foto: dpa`, `Image credit`).
    var isCreditLine = false
    /// The share of the words that address the reader (`you`, `dein`, `vous`): comment forms,
    /// newsletter boxes and prompts speak to the reader more than reports do.
    var readerAddressRatio = 0.0

    init(_ text: String) {
        let scalars = text.unicodeScalars
        let shape = TextShape(text)
        sentenceEnds = shape.sentenceEnds
        commas = shape.commas
        var nonSpace = 0
        var separators = 0
        for scalar in scalars where !ScalarClass.isWhitespace(scalar) {
            nonSpace += 1
            if Self.menuSeparators.contains(scalar) { separators += 1 }
        }
        let symbols = max(nonSpace - shape.letters - shape.digits, 0)
        characters = text.count
        let words = LineText.words(text)
        self.words = LineText.wordCount(text)
        let wordCount = Double(max(self.words, 1))
        meanWordLength = words.isEmpty ? 0 : Double(words.reduce(0) { $0 + $1.count }) / Double(words.count)
        digitRatio = Double(shape.digits) / Double(max(nonSpace, 1))
        symbolRatio = Double(symbols) / Double(max(nonSpace, 1))
        uppercaseRatio = Double(shape.uppercase) / Double(max(shape.letters, 1))
        separatorsPerWord = Double(separators) / wordCount
        if let last = text.unicodeScalars.last(where: { !"\"'“”’»«)]".unicodeScalars.contains($0) }) {
            endsWithSentencePunctuation = ".!?。！？…".unicodeScalars.contains(last)
            endsWithColon = last == ":" || last == "："
            endsWithQuestion = "?？؟".unicodeScalars.contains(last)
        }
        if let first = text.unicodeScalars.first(where: { ScalarClass.isAlphabetic($0) || ScalarClass.isNumeric($0) }) {
            startsUppercase = ScalarClass.isUppercase(first)
            startsWithDigit = ScalarClass.isDecimalDigit(first)
        }
        readVocabulary(words)
        isTimeCode = Self.isTimeCode(text)
        date = self.words <= TextModeHeuristics.maximumDateLineWords ? DateLineReader.match(in: text) : nil
        isCopyright = text.contains("©") || words.contains { TextModeVocabulary.copyrightWords.contains(String($0)) }
        isContact = Self.isContact(text, words: words)
        labelRepetition = Self.labelRepetition(scalars, words: wordCount)
        let tokens = text.split(separator: " ")
        gluedTokenRatio = Double(tokens.filter(Self.isGlued).count) / Double(max(tokens.count, 1))
    }

    private mutating func readVocabulary(_ words: [Substring]) {
        guard !words.isEmpty else { return }
        let words = words.map(String.init)
        var best = 0
        for (_, list) in TextModeVocabulary.stopWords {
            best = max(best, words.reduce(0) { $0 + (list.contains($1) ? 1 : 0) })
        }
        stopWordRatio = Double(best) / Double(words.count)
        let interface = words.reduce(0) { $0 + (TextModeVocabulary.interfaceWords.contains($1) ? 1 : 0) }
        interfaceWordRatio = Double(interface) / Double(words.count)
        isInterfacePhrase = words.count <= TextModeHeuristics.maximumInterfacePhraseWords
            && words.allSatisfy { TextModeVocabulary.interfaceWords.contains($0) || TextModeVocabulary.interfaceFillers.contains($0) }
            && interface > 0
        startsWithBylineWord = TextModeVocabulary.bylineOpeners.contains(words[0])
        isCreditLine = words.count <= TextModeHeuristics.maximumCreditLineWords
            && TextVocabulary.creditLabels.contains(words[0])
        let address = words.reduce(0) { $0 + (TextModeVocabulary.readerAddressWords.contains($1) ? 1 : 0) }
        readerAddressRatio = Double(address) / Double(words.count)
    }

    /// Marks that separate menu entries.
    private static let menuSeparators: Set<Unicode.Scalar> = ["|", "·", "•", "›", "»", "/", "‹", "«"]

    /// Digits, colons, slashes and spaces only, with a `m:ss` in it.
    private static func isTimeCode(_ text: String) -> Bool {
        guard text.utf8.count <= TextModeHeuristics.maximumTimeCodeLength, text.contains(":") else { return false }
        var sawDigitAfterColon = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if previous == UInt8(ascii: ":") { sawDigitAfterColon = true }
            case UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."):
                break
            default:
                return false
            }
            previous = byte
        }
        return sawDigitAfterColon
    }

    /// An e-mail address, a web address, or a telephone number with its label.
    private static func isContact(_ text: String, words: [Substring]) -> Bool {
        if text.contains("http://") || text.contains("https://") || text.contains("www.") { return true }
        if let at = text.firstIndex(of: "@"), text[at...].contains(".") { return true }
        let digits = text.unicodeScalars.filter(ScalarClass.isDecimalDigit).count
        return digits >= TextModeHeuristics.minimumPhoneDigits && words.contains { TextModeVocabulary.contactWords.contains(String($0)) }
    }

    /// Occurrences of the commonest lowercase four-letter sequence, per word.
    private static func labelRepetition(_ scalars: String.UnicodeScalarView, words: Double) -> Double {
        var counts: [UInt64: Int] = [:]
        var window: UInt64 = 0
        var run = 0
        var best = 0
        for scalar in scalars.prefix(TextModeHeuristics.maximumScalarsRead) {
            guard ScalarClass.isAlphabetic(scalar) else {
                run = 0
                continue
            }
            let lower = UInt64(Self.lowercased(scalar)) & 0xFFFF
            window = (window << 16) | lower
            run += 1
            if run >= 4 {
                let count = (counts[window] ?? 0) + 1
                counts[window] = count
                best = max(best, count)
            }
        }
        return Double(best) / words
    }

    /// The scalar's lowercase form (its first scalar), with ASCII done by hand.
    private static func lowercased(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.isASCII {
            return (0x41...0x5A).contains(scalar.value) ? scalar.value | 0x20 : scalar.value
        }
        return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? scalar.value
    }

    /// A lowercase letter followed by an uppercase one inside a token (`HomeNews`, `iconFb`).
    private static func isGlued(_ token: Substring) -> Bool {
        var previousWasLower = false
        for scalar in token.unicodeScalars {
            if previousWasLower && ScalarClass.isUppercase(scalar) { return true }
            previousWasLower = scalar.properties.isLowercase
        }
        return false
    }
}
