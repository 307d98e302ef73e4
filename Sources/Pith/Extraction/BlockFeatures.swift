import PithHTML

/// The numeric description of each text block that the block classifier reads.
///
/// Features cover the block's text (length, punctuation, links), its element and ancestors
/// (tag, traits, depth, container scores), its neighbourhood and its place on the page. The
/// order is the model's input order: `Scripts/model/` trains on exactly these columns, dumped by
/// `pith dev features`.
struct BlockFeatures {
    /// The feature columns, in order.
    enum Column: Int, CaseIterable {
        case logWords, logCharacters, linkDensity, sentenceEndsPerWord, commasPerWord, endsWithPunctuation
        case startsUppercase, digitRatio, uppercaseRatio, meanWordLength, headingLevel
        case tagParagraph, tagDiv, tagListItem, tagTableCell, tagDefinition, tagPreformatted, tagQuote
        case tagSection, tagHeading, tagSpanLike, tagOther
        case traitFrame, traitHeader, traitContentElement, traitListItem, traitTableCell, traitQuote
        case traitPreformatted, traitComments, traitForm, traitCaption, traitBoilerplateName, traitContentName
        case depth, relativeIndex, relativeTextOffset
        case logParentWords, parentLinkDensity, logParentBlocks, logGrandparentWords, grandparentLinkDensity
        case containerScoreRatio, insideBestContainer, levelsBelowBestContainer
        case logPreviousWords, logNextWords, previousLinkDensity, nextLinkDensity
        case duplicateCount, titleOverlap, logPageWords, pageLinkDensity, pageWordShare
        case logDistanceToLongBlock, parentWordShare, isShortLine
        case classScoreNear, classScoreFar
        case traitHidden, traitNoscript, stopWordRatio, interfaceWordRatio, afterFirstHeading, headingDistance
    }

    static let count = Column.allCases.count

    /// Row-major: block `b`'s features are `values[b * count ..< (b + 1) * count]`.
    private(set) var values: [Float]

    init(document: Document, blocks: [TextBlock], containers: ContainerScores, classWords: inout ClassWordFeatures, titleWords: WordTable<Bool>) {
        let count = Self.count
        var values = [Float](repeating: 0, count: blocks.count * count)
        let pageWords = max(blocks.reduce(0) { $0 + $1.wordCount }, 1)
        let pageLinkWords = blocks.reduce(0) { $0 + $1.linkWordCount }
        let totalCharacters = max(blocks.reduce(0) { $0 + $1.characterCount }, 1)
        let duplicateCounts = Self.duplicateCounts(of: blocks)
        let longBlocks = blocks.filter { $0.wordCount >= ExtractionHeuristics.longBlockWords }.map(\.index)
        // The first top-level heading (h1, else the first h2): articles start around it.
        let firstHeading = blocks.first(where: { $0.headingLevel == 1 })?.index ?? blocks.first(where: { $0.headingLevel == 2 })?.index
        var charactersBefore = 0
        var longCursor = 0
        for block in blocks {
            let rowStart = block.index * count
            func set(_ column: Column, _ value: Double) { values[rowStart + column.rawValue] = Float(value) }
            func set(_ column: Column, _ flag: Bool) { values[rowStart + column.rawValue] = flag ? 1 : 0 }
            let words = Double(block.wordCount)
            let shape = TextShape(block.text)
            set(.logWords, logOnePlus(words))
            set(.logCharacters, logOnePlus(Double(block.characterCount)))
            set(.linkDensity, block.linkDensity)
            set(.sentenceEndsPerWord, Double(shape.sentenceEnds) / max(words, 1))
            set(.commasPerWord, Double(shape.commas) / max(words, 1))
            set(.endsWithPunctuation, shape.endsWithPunctuation)
            set(.startsUppercase, shape.startsUppercase)
            set(.digitRatio, Double(shape.digits) / Double(max(block.characterCount, 1)))
            set(.uppercaseRatio, Double(shape.uppercase) / Double(max(shape.letters, 1)))
            set(.meanWordLength, Double(block.characterCount) / max(words, 1))
            set(.headingLevel, Double(block.headingLevel))
            set(Self.tagColumn(document.name(of: block.element)), true)
            let traits = block.traits
            set(.traitFrame, traits.contains(.frame))
            set(.traitHeader, traits.contains(.header))
            set(.traitContentElement, traits.contains(.contentElement))
            set(.traitListItem, traits.contains(.listItem))
            set(.traitTableCell, traits.contains(.tableCell))
            set(.traitQuote, traits.contains(.quote))
            set(.traitPreformatted, traits.contains(.preformatted))
            set(.traitComments, traits.contains(.comments))
            set(.traitForm, traits.contains(.form))
            set(.traitCaption, traits.contains(.caption))
            set(.traitBoilerplateName, traits.contains(.boilerplateName))
            set(.traitContentName, traits.contains(.contentName))
            set(.depth, Double(document.depth(of: block.element)))
            set(.relativeIndex, Double(block.index) / Double(max(blocks.count - 1, 1)))
            set(.relativeTextOffset, Double(charactersBefore) / Double(totalCharacters))
            charactersBefore += block.characterCount
            if let parent = document.parent(of: block.element) {
                set(.logParentWords, logOnePlus(Double(containers.words[parent.index])))
                set(.parentLinkDensity, containers.linkDensity(at: parent.index))
                set(.logParentBlocks, logOnePlus(Double(containers.blockCounts[parent.index])))
                set(.parentWordShare, Double(containers.words[parent.index]) / Double(pageWords))
                if let grandparent = document.parent(of: parent) {
                    set(.logGrandparentWords, logOnePlus(Double(containers.words[grandparent.index])))
                    set(.grandparentLinkDensity, containers.linkDensity(at: grandparent.index))
                }
            }
            var bestRatio = 0.0
            var levels = 0
            var levelsBelowBest = -1
            var ancestor: NodeID? = block.element
            while let node = ancestor {
                if containers.bestScore > 0 { bestRatio = max(bestRatio, containers.scores[node.index] / containers.bestScore) }
                if node == containers.best { levelsBelowBest = levels }
                levels += 1
                ancestor = document.parent(of: node)
            }
            set(.containerScoreRatio, bestRatio)
            set(.insideBestContainer, levelsBelowBest >= 0)
            set(.levelsBelowBestContainer, Double(levelsBelowBest))
            if block.index > 0 {
                let previous = blocks[block.index - 1]
                set(.logPreviousWords, logOnePlus(Double(previous.wordCount)))
                set(.previousLinkDensity, previous.linkDensity)
            }
            if block.index + 1 < blocks.count {
                let next = blocks[block.index + 1]
                set(.logNextWords, logOnePlus(Double(next.wordCount)))
                set(.nextLinkDensity, next.linkDensity)
            }
            set(.duplicateCount, Double(duplicateCounts[block.index]))
            let tokens = TextVocabulary.tokenCounts(of: block.text, title: titleWords)
            if titleWords.count > 0 {
                set(.titleOverlap, tokens.tokens == 0 ? 0 : Double(tokens.titleWords) / Double(tokens.tokens))
            }
            set(.logPageWords, logOnePlus(Double(pageWords)))
            set(.pageLinkDensity, Double(pageLinkWords) / Double(pageWords))
            set(.pageWordShare, words / Double(pageWords))
            while longCursor + 1 < longBlocks.count && abs(longBlocks[longCursor + 1] - block.index) <= abs(longBlocks[longCursor] - block.index) {
                longCursor += 1
            }
            let distance = longBlocks.isEmpty ? blocks.count : abs(longBlocks[longCursor] - block.index)
            set(.logDistanceToLongBlock, logOnePlus(Double(distance)))
            set(.isShortLine, block.wordCount <= ExtractionHeuristics.shortLineWords)
            set(.traitHidden, traits.contains(.hidden))
            set(.traitNoscript, traits.contains(.noscript))
            if tokens.tokens > 0 {
                set(.stopWordRatio, Double(tokens.stopWords) / Double(tokens.tokens))
                set(.interfaceWordRatio, Double(tokens.interfaceWords) / Double(tokens.tokens))
            }
            if let firstHeading {
                set(.afterFirstHeading, block.index >= firstHeading)
                set(.headingDistance, Double(block.index - firstHeading) / Double(max(blocks.count, 1)))
            }
            let (near, far) = classWords.scores(for: block.element)
            set(.classScoreNear, near)
            set(.classScoreFar, far)
        }
        self.values = values
    }

    /// For each block, how many other blocks have the same text. Each text is hashed once: the
    /// first block with a text keeps the count for all of them.
    private static func duplicateCounts(of blocks: [TextBlock]) -> [Int] {
        var firstWithText: [String: Int] = [:]
        firstWithText.reserveCapacity(blocks.count)
        var first = [Int](repeating: 0, count: blocks.count)
        var copies = [Int](repeating: 0, count: blocks.count)
        // Passed `inout`, the `default:` subscript inserts a missing key: one lookup either way.
        func firstBlock(_ entry: inout Int) -> Int { entry }
        for block in blocks {
            first[block.index] = firstBlock(&firstWithText[block.text, default: block.index])
            copies[first[block.index]] += 1
        }
        return blocks.indices.map { copies[first[$0]] - 1 }
    }

    /// The features of block `index`.
    func row(_ index: Int) -> ArraySlice<Float> {
        values[(index * Self.count)..<((index + 1) * Self.count)]
    }

    private static func tagColumn(_ name: LocalName) -> Column {
        switch name {
        case .p: .tagParagraph
        case .div: .tagDiv
        case .li: .tagListItem
        case .td, .th: .tagTableCell
        case .dd, .dt: .tagDefinition
        case .pre, .listing, .xmp: .tagPreformatted
        case .blockquote: .tagQuote
        case .section, .article, .main, .body: .tagSection
        case .h1, .h2, .h3, .h4, .h5, .h6: .tagHeading
        case .span, .a, .font, .center, .label, .small, .strong, .b, .em, .i: .tagSpanLike
        default: .tagOther
        }
    }
}

/// Counts of the characters that shape a block's text.
struct TextShape {
    var sentenceEnds = 0
    var commas = 0
    var digits = 0
    var uppercase = 0
    var letters = 0
    var endsWithPunctuation = false
    var startsUppercase = false

    init(_ text: String) {
        var last: Unicode.Scalar?
        var first: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar {
            case ".", "!", "?", "。", "！", "？", "؟", "।": sentenceEnds += 1
            case ",", "，", "、", "،", ";": commas += 1
            default: break
            }
            if ScalarClass.isWhitespace(scalar) { continue }
            if first == nil { first = scalar }
            last = scalar
            if ScalarClass.isNumeric(scalar) { digits += 1 }
            if ScalarClass.isAlphabetic(scalar) {
                letters += 1
                if ScalarClass.isUppercase(scalar) { uppercase += 1 }
            }
        }
        if let last { endsWithPunctuation = ".!?:;。！？…\"”»)".unicodeScalars.contains(last) }
        if let first { startsUppercase = ScalarClass.isUppercase(first) }
    }
}
