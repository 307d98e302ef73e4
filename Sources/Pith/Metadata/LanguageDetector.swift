/// Language tags: reading them from markup, and guessing them from text when markup is silent.
///
/// The guess is deliberately small: the writing system decides for scripts that mostly belong to
/// one language (Japanese kana, Hangul, Greek, Hebrew, Thai, Devanagari, Arabic, Chinese Han), and
/// counts of very common function words decide among Latin- and Cyrillic-script languages
/// (``LanguageDetector/functionWords``). It answers `nil` rather than guess from too little.
package enum LanguageDetector {
    /// A BCP 47 tag in canonical case from a markup value: `en_US` → `en-US`, `DE` → `de`,
    /// `zh-hans-cn` → `zh-Hans-CN`; `nil` for values that are not tags (`x-default`, `*`, prose).
    package static func normalizedTag(_ value: String) -> String? {
        let parts = value.trimmingCharacters(of: " \t\n").split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var tag = primary.lowercased()
        for part in parts.dropFirst() {
            guard part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { break }
            switch part.count {
            case 2: tag += "-" + part.uppercased()
            case 4: tag += "-" + part.prefix(1).uppercased() + part.dropFirst().lowercased()
            case 3 where part.allSatisfy(\.isNumber): tag += "-" + part
            default: break
            }
        }
        return tag
    }

    /// The language of `text`, if it is clear.
    package static func detect(_ text: String) -> String? {
        var counts = ScriptCounts()
        for scalar in text.unicodeScalars.prefix(MetadataHeuristics.languageSampleScalars) { counts.add(scalar) }
        guard counts.letters >= MetadataHeuristics.minimumLanguageLetters else { return nil }
        if let language = counts.dominantScriptLanguage() { return language }
        return functionWordLanguage(text)
    }

    /// The Latin- or Cyrillic-script language whose function words are most frequent in `text`.
    private static func functionWordLanguage(_ text: String) -> String? {
        var hits = [Int](repeating: 0, count: functionWords.count)
        var words = 0
        forEachWord(in: text) { word in
            words += 1
            if words > MetadataHeuristics.languageSampleWords { return false }
            guard word.utf8.count <= longestFunctionWord, let languages = functionWordIndex[word.lowercased()] else { return true }
            for index in languages { hits[index] += 1 }
            return true
        }
        let ranked = hits.indices.sorted { hits[$0] > hits[$1] }
        guard let best = ranked.first, hits[best] >= MetadataHeuristics.minimumFunctionWordHits else { return nil }
        let second = ranked.count > 1 ? hits[ranked[1]] : 0
        guard Double(hits[best]) >= Double(second) * MetadataHeuristics.functionWordMargin else { return nil }
        return functionWords[best].language
    }

    /// Calls `body` with each word of `text` (a run of letters, as `Character.isLetter` says) in
    /// order, until it returns `false`.
    private static func forEachWord(in text: String, _ body: (Substring) -> Bool) {
        let scalars = text.unicodeScalars
        guard scalars.allSatisfy(isOwnCharacter) else {
            for word in text.split(whereSeparator: { !$0.isLetter }) where !body(word) { return }
            return
        }
        // Each scalar is a character (CR LF aside, not letters): words are runs of alphabetic
        // scalars, found without the grapheme breaking that splitting by characters costs.
        var wordStart: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isLetter = scalar.value < 0x80 ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
            if isLetter {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                guard body(text[start..<index]) else { return }
                wordStart = nil
            }
            index = scalars.index(after: index)
        }
        if let start = wordStart { _ = body(text[start...]) }
    }

    /// Whether `scalar` is a character of its own beside any other such scalar (CR LF aside): no
    /// combining marks, joiners, Hangul jamo, regional indicators or prepended marks. Latin,
    /// Greek, Cyrillic, general punctuation and currency signs.
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x2FF, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true
        default: return false
        }
    }

    /// Very common, fairly distinctive words of each language, sorted; Latin and Cyrillic scripts.
    static let functionWords: [(language: String, words: [String])] = [
        ("cs", ["ale", "byl", "jako", "je", "jsou", "jsme", "není", "pro", "při", "také", "že"]),
        ("da", ["af", "det", "er", "ikke", "jeg", "med", "og", "også", "til", "var", "være"]),
        ("de", ["auch", "auf", "das", "dem", "den", "der", "die", "ein", "eine", "für", "ist", "mit", "nicht", "sich", "und", "wird"]),
        ("en", ["and", "are", "for", "has", "have", "is", "it", "of", "that", "the", "this", "to", "was", "which", "with", "you"]),
        ("es", ["con", "del", "el", "en", "es", "las", "los", "para", "por", "que", "se", "su", "una", "y"]),
        ("fi", ["ei", "että", "hän", "ja", "joka", "kun", "mutta", "myös", "niin", "oli", "on", "ovat", "se", "tai"]),
        ("fr", ["au", "avec", "dans", "des", "du", "est", "et", "les", "pas", "pour", "qui", "sur", "un", "une"]),
        ("hu", ["az", "csak", "egy", "és", "hogy", "is", "meg", "mint", "nem", "van", "volt"]),
        ("it", ["che", "con", "della", "di", "gli", "il", "nel", "non", "per", "sono", "una", "è"]),
        ("nl", ["de", "een", "en", "het", "is", "met", "niet", "ook", "op", "te", "van", "voor", "zijn"]),
        ("no", ["av", "det", "er", "ikke", "jeg", "med", "og", "også", "som", "til", "var", "være"]),
        ("pl", ["do", "jak", "jest", "na", "nie", "od", "się", "to", "w", "z", "że"]),
        ("pt", ["com", "da", "do", "dos", "em", "não", "os", "para", "que", "um", "uma", "é"]),
        ("ro", ["cu", "care", "din", "este", "la", "mai", "nu", "pe", "pentru", "și", "în"]),
        ("ru", ["в", "и", "к", "как", "на", "не", "но", "по", "что", "это", "он", "для"]),
        ("sv", ["att", "det", "en", "för", "har", "inte", "med", "och", "om", "på", "som", "är"]),
        ("tr", ["ama", "bir", "bu", "daha", "de", "gibi", "için", "ile", "olarak", "ve", "çok"]),
        ("uk", ["але", "від", "до", "з", "на", "не", "та", "це", "що", "як", "і"]),
    ]

    /// Function word → the languages (indices in ``functionWords``) that use it.
    private static let functionWordIndex: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (language, entry) in functionWords.enumerated() {
            for word in entry.words { index[word, default: []].append(language) }
        }
        return index
    }()

    /// The longest function word in UTF-8 bytes: longer words are skipped unread.
    private static let longestFunctionWord = functionWords.flatMap(\.words).map(\.utf8.count).max() ?? 0

    /// Letters counted by writing system.
    private struct ScriptCounts {
        var letters = 0
        var latin = 0
        var cyrillic = 0
        var han = 0
        var kana = 0
        var hangul = 0
        var arabic = 0
        var persian = 0
        var hebrew = 0
        var greek = 0
        var thai = 0
        var devanagari = 0

        mutating func add(_ scalar: Unicode.Scalar) {
            if scalar.value < 0x80 {
                if (scalar.value | 0x20) &- 0x61 < 26 {
                    letters += 1
                    latin += 1
                }
                return
            }
            guard scalar.properties.isAlphabetic else { return }
            letters += 1
            switch scalar.value {
            case 0x41...0x24F: latin += 1
            case 0x370...0x3FF: greek += 1
            case 0x400...0x4FF: cyrillic += 1
            case 0x5D0...0x5FF: hebrew += 1
            case 0x67E, 0x686, 0x698, 0x6AF: arabic += 1; persian += 1
            case 0x600...0x6FF: arabic += 1
            case 0x900...0x97F: devanagari += 1
            case 0xE00...0xE7F: thai += 1
            case 0x3040...0x30FF: kana += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            default: break
            }
        }

        /// The language a non-Latin, non-Cyrillic script decides, when it holds most letters.
        func dominantScriptLanguage() -> String? {
            let half = letters / 2
            if kana + han > half { return kana * MetadataHeuristics.kanaShareDivisor > kana + han ? "ja" : "zh" }
            if hangul > half { return "ko" }
            if arabic > half { return persian * MetadataHeuristics.persianShareDivisor > arabic ? "fa" : "ar" }
            if hebrew > half { return "he" }
            if greek > half { return "el" }
            if thai > half { return "th" }
            if devanagari > half { return "hi" }
            return nil
        }
    }
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(of set: String) -> Substring {
        var result = self[...]
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return result
    }
}
