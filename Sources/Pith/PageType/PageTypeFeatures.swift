/// The page-level inputs of the page-type model: what the page declares itself to be, what its URL
/// path says, and the shape of its text and of the content the block classifier kept.
struct PageTypeFeatures {
    /// The model's input columns, in order (a test checks them against `PageTypeModel.columns`).
    enum Column: Int, CaseIterable {
        case declaresArticle, declaresForum, declaresProduct, declaresCollection, declaresDocumentation
        case declaresService, declaresWebsite, declaresNothing
        case hasPublished, hasAuthors
        case pathDepth, pathHasDate, pathHasLongNumber, pathIsRoot
        case pathArticle, pathForum, pathProduct, pathCollection, pathDocumentation, pathService
        case logWords, logBlocks, linkDensity, keptWordShare, logKeptBlocks, keptWordsPerBlock, keptLinkDensity
        case keptListShare, keptTableShare, keptPreformattedShare, keptHeadings, commentShare
        case logPrices, teaserShare
    }

    private(set) var row = [Float](repeating: 0, count: Column.allCases.count)

    /// - Parameters:
    ///   - hints: `og:type` and JSON-LD `@type` values, lowercased (`PageMetadata.pageTypeHints`).
    ///   - probabilities: the block classifier's content probability per block; blocks at or above
    ///     `threshold` are the kept content.
    init(
        hints: [String], url: String?, hasPublished: Bool, hasAuthors: Bool,
        blocks: [TextBlock], probabilities: [Double], threshold: Double
    ) {
        let declared: [(Column, Set<String>)] = [
            (.declaresArticle, PageTypeVocabulary.articleTypes), (.declaresForum, PageTypeVocabulary.forumTypes),
            (.declaresProduct, PageTypeVocabulary.productTypes),
            (.declaresCollection, PageTypeVocabulary.collectionTypes),
            (.declaresDocumentation, PageTypeVocabulary.documentationTypes),
            (.declaresService, PageTypeVocabulary.serviceTypes),
        ]
        for (column, types) in declared where hints.contains(where: types.contains) { self[column] = 1 }
        if hints.contains("website") { self[.declaresWebsite] = 1 }
        if hints.isEmpty { self[.declaresNothing] = 1 }
        self[.hasPublished] = hasPublished ? 1 : 0
        self[.hasAuthors] = hasAuthors ? 1 : 0
        addPath(of: url)
        addText(blocks: blocks, probabilities: probabilities, threshold: threshold)
    }

    private subscript(column: Column) -> Float {
        get { row[column.rawValue] }
        set { row[column.rawValue] = newValue }
    }

    /// URL path columns: depth, dates and long numbers (story ids), and words of each page kind.
    private mutating func addPath(of url: String?) {
        var path = Substring(url ?? "")
        if let colon = path.firstIndex(of: ":"), path[colon...].hasPrefix("://") {
            let host = path[path.index(colon, offsetBy: 3)...]
            path = host.firstIndex(of: "/").map { host[$0...] } ?? ""
        }
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        let segments = path.split(separator: "/")
        self[.pathDepth] = Float(segments.count)
        self[.pathIsRoot] = segments.isEmpty && url != nil ? 1 : 0
        let words = path.lowercased().split { !$0.isLetter && !$0.isNumber }
        var hasYear = false
        for word in words where word.allSatisfy({ $0.isASCII && $0.isNumber }) {
            if word.count == 4, let year = Int(word), (1995...2100).contains(year) { hasYear = true }
            if word.count >= PageTypeHeuristics.storyIdDigits { self[.pathHasLongNumber] = 1 }
        }
        self[.pathHasDate] = hasYear ? 1 : 0
        let kinds: [(Column, Set<String>)] = [
            (.pathArticle, PageTypeVocabulary.articlePathWords), (.pathForum, PageTypeVocabulary.forumPathWords),
            (.pathProduct, PageTypeVocabulary.productPathWords),
            (.pathCollection, PageTypeVocabulary.collectionPathWords),
            (.pathDocumentation, PageTypeVocabulary.documentationPathWords),
            (.pathService, PageTypeVocabulary.servicePathWords),
        ]
        for (column, vocabulary) in kinds where words.contains(where: { vocabulary.contains(String($0)) }) {
            self[column] = 1
        }
    }

    /// Text columns: the page's size and links, and the make-up of the kept content.
    private mutating func addText(blocks: [TextBlock], probabilities: [Double], threshold: Double) {
        var words = 0, linkWords = 0, keptWords = 0, keptLinkWords = 0, keptBlocks = 0, keptHeadings = 0
        var listWords = 0, tableWords = 0, preformattedWords = 0, commentWords = 0, teaserWords = 0, prices = 0
        for block in blocks {
            words += block.wordCount
            linkWords += block.linkWordCount
            if block.traits.contains(.comments) { commentWords += block.wordCount }
            if block.wordCount >= PageTypeHeuristics.teaserWords && block.linkDensity >= PageTypeHeuristics.teaserLinkDensity {
                teaserWords += block.wordCount
            }
            prices += Self.priceCount(in: block.text)
            guard probabilities[block.index] >= threshold else { continue }
            keptBlocks += 1
            keptWords += block.wordCount
            keptLinkWords += block.linkWordCount
            if block.headingLevel > 0 { keptHeadings += 1 }
            if block.traits.contains(.listItem) { listWords += block.wordCount }
            if block.traits.contains(.tableCell) { tableWords += block.wordCount }
            if block.traits.contains(.preformatted) { preformattedWords += block.wordCount }
        }
        func share(_ part: Int, of whole: Int) -> Float { whole == 0 ? 0 : Float(part) / Float(whole) }
        func logCount(_ count: Int) -> Float { Float(logOnePlus(Double(count))) }
        self[.logWords] = logCount(words)
        self[.logBlocks] = logCount(blocks.count)
        self[.linkDensity] = share(linkWords, of: words)
        self[.keptWordShare] = share(keptWords, of: words)
        self[.logKeptBlocks] = logCount(keptBlocks)
        self[.keptWordsPerBlock] = share(keptWords, of: keptBlocks)
        self[.keptLinkDensity] = share(keptLinkWords, of: keptWords)
        self[.keptListShare] = share(listWords, of: keptWords)
        self[.keptTableShare] = share(tableWords, of: keptWords)
        self[.keptPreformattedShare] = share(preformattedWords, of: keptWords)
        self[.keptHeadings] = logCount(keptHeadings)
        self[.commentShare] = share(commentWords, of: words)
        self[.logPrices] = logCount(prices)
        self[.teaserShare] = share(teaserWords, of: words)
    }

    /// How many prices `text` shows: a currency sign next to a digit (`$19.99`, `19,99 €`).
    static func priceCount(in text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if isDigit(scalar), isCurrency(previous) || (previous == " " && isCurrency(beforePrevious)) { count += 1 }
            if isCurrency(scalar), isDigit(previous) || (previous == " " && isDigit(beforePrevious)) { count += 1 }
            beforePrevious = previous
            previous = scalar
        }
        return count
    }

    private static func isCurrency(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "$" || scalar == "€" || scalar == "£" || scalar == "¥" || scalar == "₹" || scalar == "₽"
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
}
