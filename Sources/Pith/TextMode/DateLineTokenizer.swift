/// Cuts a line into the tokens ``DateLineReader`` reads: numbers, lowercase words (a CJK
/// ideograph is a word by itself) and single punctuation marks; whitespace only separates.
enum DateLineTokenizer {
    struct Token: Equatable {
        enum Kind: Equatable { case number, word, mark }
        var kind: Kind
        /// The word or mark, lowercased; the digits of a number.
        var text: String
        /// A number's value.
        var value = 0

        var isNumber: Bool { kind == .number }
        var isSeparator: Bool { kind == .mark }
    }

    /// The tokens of `line`, at most ``TextModeHeuristics/maximumDateLineTokens`` of them.
    static func tokens(of line: String) -> [Token] {
        var tokens: [Token] = []
        var current: Token?
        func finish() {
            if let token = current { tokens.append(token) }
            current = nil
        }
        for scalar in line.lowercased().unicodeScalars {
            guard tokens.count < TextModeHeuristics.maximumDateLineTokens else { break }
            if let digit = scalar.properties.numericType == .decimal ? Int(scalar.properties.numericValue ?? -1) : nil, digit >= 0 {
                if current?.kind != .number { finish(); current = Token(kind: .number, text: "") }
                current!.text.unicodeScalars.append(scalar)
                // Saturates: long digit runs are never dates anyway.
                current!.value = min(current!.value * 10 + digit, 1_000_000_000)
            } else if scalar.properties.isAlphabetic {
                if scalar.properties.isIdeographic {
                    finish()
                    tokens.append(Token(kind: .word, text: String(scalar)))
                    continue
                }
                if current?.kind != .word { finish(); current = Token(kind: .word, text: "") }
                current!.text.unicodeScalars.append(scalar)
            } else {
                finish()
                if !scalar.properties.isWhitespace { tokens.append(Token(kind: .mark, text: String(scalar))) }
            }
        }
        finish()
        return tokens
    }
}

/// Reads ``DateLineTokenizer/Token``s one pattern element at a time; each method consumes its
/// token only when it matches.
struct DateLineCursor {
    let tokens: [DateLineTokenizer.Token]
    var index: Int

    private var token: DateLineTokenizer.Token? { index < tokens.count ? tokens[index] : nil }

    mutating func number(digits: ClosedRange<Int>) -> Int? {
        guard let token, token.kind == .number, digits.contains(token.text.unicodeScalars.count) else { return nil }
        index += 1
        return token.value
    }

    /// A four-digit year, or a two-digit one (`24.12.22`) read as the nearest century.
    mutating func year() -> Int? {
        guard let token, token.kind == .number else { return nil }
        switch token.text.unicodeScalars.count {
        case 4: index += 1; return token.value
        case 2: index += 1; return token.value + (token.value < TextModeHeuristics.twoDigitYearPivot ? 2000 : 1900)
        default: return nil
        }
    }

    /// One date separator: `-`, `/`, `.` or `,`.
    mutating func separator() -> Bool { mark(in: ["-", "/", ".", ","]) }

    mutating func mark(in marks: Set<String>) -> Bool {
        guard let token, token.kind == .mark, marks.contains(token.text) else { return false }
        index += 1
        return true
    }

    mutating func word(in words: Set<String>) -> Bool {
        guard let token, token.kind == .word, words.contains(token.text) else { return false }
        index += 1
        return true
    }

    /// A month's name or abbreviation in one of the languages of ``DateLineMonthNames``, and a
    /// following abbreviation dot.
    mutating func monthName() -> Int? {
        guard let token, token.kind == .word, let month = DateLineMonthNames.month[token.text] else { return nil }
        index += 1
        _ = mark(in: ["."])
        return month
    }
}

/// Month names and abbreviations, lowercase, by language.
enum DateLineMonthNames {
    static let month: [String: Int] = {
        let names: [[String]] = [
            // English
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            // German
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["jän", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sept", "okt", "nov", "dez"],
            // French
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
            // Spanish
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            // Italian
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            // Portuguese
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            // Dutch
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            // Polish (genitive, as in dates)
            ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
            // Russian (genitive)
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
        ]
        var result: [String: Int] = [:]
        for list in names {
            for (offset, name) in list.enumerated() where result[name] == nil { result[name] = offset + 1 }
        }
        result["sept"] = 9
        return result
    }()
}
