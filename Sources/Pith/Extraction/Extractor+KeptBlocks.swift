/// The rules that run on the blocks the classifier kept, before the body is built: each drops a
/// kind of block that reads as boilerplate whatever its neighbours (the model scores blocks one by
/// one and cannot see that a line only labels an advertisement or credits a photo).
extension Extractor {
    /// Drops from `kept` the advertisement labels, picture credits and "read also" teasers; off
    /// documentation, the blocks that say again what the block before said; on single-copy page
    /// types the repeated blocks, on an article the headings left at its end.
    static func dropAsides(_ kept: inout [TextBlock], pageType: PageType) {
        kept.removeAll { isAdvertisementLabel($0) || isCreditLine($0) || isReadAlsoTeaser($0) }
        if pageType != .documentation { dropImmediateRepeats(&kept) }
        if singleCopyPageTypes.contains(pageType) {
            dropRepeatedBlocks(&kept)
            dropEdgeLinks(&kept)
        }
        if pageType == .article { dropTrailingHeadings(&kept) }
    }

    /// Drops the headings that end the kept blocks: on an article they title a section whose
    /// content was left out ("Related posts", "Share this") and would read as a stray last line
    /// (on listings and collections, headings are the items). A body of headings only is left whole.
    static func dropTrailingHeadings(_ kept: inout [TextBlock]) {
        guard let lastText = kept.lastIndex(where: { $0.headingLevel == 0 }) else { return }
        kept.removeSubrange((lastText + 1)...)
    }

    /// Drops the short all-link blocks that open or close the kept blocks: breadcrumbs and
    /// category tags above an article ("Web Design", "Design"), a brand or forum link under it.
    /// Listings and collections are left alone, where linked names are the items. WCXB dev: F1
    /// +0.0002, without% 3.7 → 3.5 (355 pages better, 65 worse); trafilatura eval leaks 241 → 236.
    static func dropEdgeLinks(_ kept: inout [TextBlock]) {
        func isEdgeLink(_ block: TextBlock) -> Bool {
            block.wordCount <= ExtractionHeuristics.maximumEdgeLinkWords && block.wordCount > 0
                && block.linkWordCount == block.wordCount && block.headingLevel == 0
        }
        guard kept.contains(where: { !isEdgeLink($0) }) else { return }
        while let first = kept.first, isEdgeLink(first) { kept.removeFirst() }
        while let last = kept.last, isEdgeLink(last) { kept.removeLast() }
    }

    /// Page types whose content says each thing once. Listings, collections and documentation
    /// repeat entries by design (a product's features under each product, code under each
    /// language tab).
    static let singleCopyPageTypes: Set<PageType> = [.article, .forum, .service, .product]

    /// Drops each kept block whose text repeats an earlier kept block's: pages ship one section
    /// twice for phone and desktop layouts and repeat paragraphs as pull quotes. WCXB dev: F1 +0.004
    /// (206 pages better, 100 worse: forums quoting earlier posts, FAQs the truth keeps twice).
    /// Preformatted text is code, which may repeat.
    static func dropRepeatedBlocks(_ kept: inout [TextBlock]) {
        var seen: Set<String> = []
        kept.removeAll { block in
            guard block.text.utf8.count >= ExtractionHeuristics.minimumRepeatedBlockBytes,
                !block.traits.contains(.preformatted)
            else { return false }
            return !seen.insert(block.text).inserted
        }
    }

    /// Drops each kept block whose text is the one before it again, however short: a carousel's
    /// slide repeated for its loop, a heading over its own copy ("Capture every detail"). Table
    /// cells repeat by design ("Yes", "Yes") and code may; documentation shows one text under
    /// each of its tabs. WCXB dev: F1 +0.0005 (273 pages better, 57 worse; collections and
    /// listings whose truth keeps a product's name twice, documentation −0.00007 before it was
    /// left out).
    static func dropImmediateRepeats(_ kept: inout [TextBlock]) {
        var previous: String?
        kept.removeAll { block in
            defer { previous = block.text }
            return block.text == previous && block.traits.isDisjoint(with: [.tableCell, .preformatted])
        }
    }

    /// Whether `block` is only the label of an advertisement slot ("REKLAMA", "- Anzeige -"). List
    /// items and table cells are left alone: there "Advertising" is a topic or a column.
    static func isAdvertisementLabel(_ block: TextBlock) -> Bool {
        guard block.wordCount <= 2, block.traits.isDisjoint(with: [.listItem, .tableCell]) else { return false }
        var label = Substring(block.text.lowercased())
        while let first = label.first, !first.isLetter { label.removeFirst() }
        while let last = label.last, !last.isLetter { label.removeLast() }
        return TextVocabulary.advertisementLabels.contains(String(label))
    }

    /// Whether `block` is a picture credit or source line, alone or closing a caption
    /// (``AsideLine/isCredit(_:characterCount:)``).
    /// trafilatura eval: 125 such lines leaked. List items, table cells and code are left alone.
    static func isCreditLine(_ block: TextBlock) -> Bool {
        block.traits.isDisjoint(with: [.listItem, .tableCell, .preformatted])
            && AsideLine.isCredit(block.text, characterCount: block.characterCount)
    }

    /// Whether `block` points the reader to other pages: a "Related articles" or "Auch
    /// interessant:" heading, or a teaser line ("À lire aussi » …", "Czytaj też: …") that the
    /// cue introduces with a separator, ends with a colon, or links.
    static func isReadAlsoTeaser(_ block: TextBlock) -> Bool {
        guard !block.traits.contains(.preformatted) else { return false }
        switch AsideLine.teaser(block.text, characterCount: block.characterCount) {
        case .none: return false
        case .certain: return true
        case .ifLinked: return block.linkDensity >= ExtractionHeuristics.minimumTeaserLinkDensity
        }
    }
}
