/// Stage 1 of text mode: cuts decoded text into ``TextLine``s.
///
/// 1. Split at line ends (`\n`, `\r\n`, `\r`, U+2028/2029), tabs expanded, whitespace collapsed;
///    blank lines are not lines but counted before and after their neighbours.
/// 2. Markdown read and removed: heading marks, list bullets, quote marks, links
///    (`[text](url)` keeps its text), images, emphasis.
/// 3. Hard-wrapped text (text-browser dumps, mail archives) rejoined into paragraphs: when most
///    long lines end near one width, a line whose next word would not have fitted is continued
///    by the next line.
enum TextLineSegmenter {
    /// The lines of `text`, at most ``TextModeHeuristics/maximumLines`` of them.
    static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var blanks = 0
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            defer { number += 1 }
            guard lines.count < TextModeHeuristics.maximumLines else { break }
            guard var line = parse(raw, number: number) else {
                blanks += 1
                continue
            }
            line.blankLinesBefore = min(blanks, TextModeHeuristics.maximumCountedBlankLines)
            if !lines.isEmpty { lines[lines.count - 1].blankLinesAfter = line.blankLinesBefore }
            lines.append(line)
            blanks = 0
        }
        // The newline that ends the last line leaves an empty piece that is no blank line.
        if text.last?.isNewline == true, blanks > 0 { blanks -= 1 }
        if !lines.isEmpty { lines[lines.count - 1].blankLinesAfter = min(blanks, TextModeHeuristics.maximumCountedBlankLines) }
        return unwrap(lines)
    }

    /// One input line as a ``TextLine``, or nil when nothing but whitespace and markup is left.
    private static func parse(_ raw: Substring, number: Int) -> TextLine? {
        var indentation = 0
        var start = raw.startIndex
        while start < raw.endIndex, raw[start].isWhitespace {
            indentation += raw[start] == "\t" ? 4 : 1
            start = raw.index(after: start)
        }
        guard start < raw.endIndex else { return nil }
        var line = TextLine(text: "", sourceLine: number)
        line.indentation = indentation
        var body = raw[start...]
        // Block markers: heading, quote, bullet.
        if body.hasPrefix(">") {
            line.isQuote = true
            body = body.dropFirst().drop(while: { $0 == " " })
        }
        let hashes = body.prefix(while: { $0 == "#" }).count
        if (1...6).contains(hashes), body.dropFirst(hashes).first == " " {
            line.headingLevel = hashes
            body = body.dropFirst(hashes + 1)
            while body.hasSuffix("#") || body.hasSuffix(" ") { body = body.dropLast() }
        } else if let marker = listMarkerLength(body) {
            line.isListItem = true
            body = body.dropFirst(marker)
        }
        var text = MarkdownInline.strip(body, links: &line.linkCount, linkedCharacters: &line.linkedCharacters)
        text = collapseWhitespace(text)
        guard !text.isEmpty else { return nil }
        line.text = text
        line.wordCount = LineText.wordCount(text)
        return line
    }

    /// The length of a list bullet (`* `, `- `, `+ `, `• `, `1. `, `1) `) at the start of `text`.
    private static func listMarkerLength(_ text: Substring) -> Int? {
        guard let first = text.first else { return nil }
        if "*-+•·▪◦".contains(first), text.dropFirst().first == " ", text.count > 2 { return 2 }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber }).count
        if (1...3).contains(digits) {
            let rest = text.dropFirst(digits)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " { return digits + 2 }
        }
        return nil
    }

    static func collapseWhitespace(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var space = false
        for character in text {
            if character.isWhitespace {
                space = !result.isEmpty
            } else {
                if space { result.append(" ") }
                space = false
                result.append(character)
            }
        }
        return result
    }

    // MARK: - Hard wrapping

    /// Rejoins hard-wrapped paragraphs, if the text is hard-wrapped.
    private static func unwrap(_ lines: [TextLine]) -> [TextLine] {
        guard let width = wrapWidth(lines) else { return lines }
        var result: [TextLine] = []
        for line in lines {
            if var previous = result.last, line.blankLinesBefore == 0, line.headingLevel == 0, !line.isListItem,
                previous.headingLevel == 0, line.indentation <= previous.indentation + TextModeHeuristics.listContinuationIndent,
                wrapped(previous.text.count + previous.indentation, before: line.text, width: width)
            {
                previous.text += " " + line.text
                previous.wordCount += line.wordCount
                previous.linkCount += line.linkCount
                previous.linkedCharacters += line.linkedCharacters
                previous.blankLinesAfter = line.blankLinesAfter
                result[result.count - 1] = previous
            } else {
                result.append(line)
            }
        }
        return result
    }

    /// Whether a line of `length` columns must have been broken because `next`'s first word did
    /// not fit in `width`.
    private static func wrapped(_ length: Int, before next: String, width: Int) -> Bool {
        let firstWord = next.prefix(while: { $0 != " " }).count
        return length + 1 + firstWord > width - TextModeHeuristics.wrapSlack && length >= width - TextModeHeuristics.wrapBand
    }

    /// The column the text is wrapped at, when it is: the longest line length (ignoring the
    /// longest few) if many long lines end near it and hardly any go past it.
    private static func wrapWidth(_ lines: [TextLine]) -> Int? {
        let lengths = lines.map { $0.text.count + $0.indentation }.sorted()
        guard lengths.count >= TextModeHeuristics.minimumWrappedLines else { return nil }
        let width = lengths[Int(Double(lengths.count - 1) * TextModeHeuristics.wrapWidthQuantile)]
        guard (TextModeHeuristics.minimumWrapWidth...TextModeHeuristics.maximumWrapWidth).contains(width) else { return nil }
        let beyond = lengths.filter { $0 > width + TextModeHeuristics.wrapSlack }.count
        let nearWidth = lengths.filter { $0 >= width - TextModeHeuristics.wrapBand && $0 <= width }.count
        guard Double(beyond) <= Double(lengths.count) * TextModeHeuristics.maximumShareBeyondWrap,
            Double(nearWidth) >= Double(lengths.count) * TextModeHeuristics.minimumShareNearWrap
        else { return nil }
        return width
    }
}

/// Markdown's inline syntax removed from a line, the text kept.
enum MarkdownInline {
    /// `text` without `[label](url)` (label kept), `![alt](src)` (dropped), `**`, `__` and
    /// backticks; counts the links and the characters of their labels.
    static func strip(_ text: Substring, links: inout Int, linkedCharacters: inout Int) -> String {
        guard text.contains("](") || text.contains("**") || text.contains("__") || text.contains("`") else { return String(text) }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "!" || character == "[", let (label, end) = link(in: text, at: character == "!" ? text.index(after: index) : index),
                character == "[" || text[text.index(after: index)] == "["
            {
                if character == "[" {
                    result += label
                    links += 1
                    linkedCharacters += label.count
                }
                index = end
                continue
            }
            if (character == "*" || character == "_"), text[index...].hasPrefix(String(repeating: character, count: 2)) {
                index = text.index(index, offsetBy: 2)
                continue
            }
            if character == "`" {
                index = text.index(after: index)
                continue
            }
            result.append(character)
            index = text.index(after: index)
        }
        return result
    }

    /// `[label](target)` starting at `start` (which holds `[`): the label and the index after `)`.
    private static func link(in text: Substring, at start: Substring.Index) -> (String, Substring.Index)? {
        guard start < text.endIndex, text[start] == "[" else { return nil }
        guard let close = text[start...].firstIndex(of: "]") else { return nil }
        let open = text.index(after: close)
        guard open < text.endIndex, text[open] == "(", let end = text[open...].firstIndex(of: ")") else { return nil }
        let label = text[text.index(after: start)..<close]
        guard !label.contains("[") else { return nil }
        var nestedLinks = 0
        var nestedCharacters = 0
        let inner = strip(label, links: &nestedLinks, linkedCharacters: &nestedCharacters)
        return (inner, text.index(after: end))
    }
}
