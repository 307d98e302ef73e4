internal import PithHTML

/// Chooses the authors.
///
/// Sources, best first (``MetadataHeuristics/authorSourceOrder`` is the order as data):
/// 1. JSON-LD `author` (then `creator`) people of the main object;
/// 2. author `meta`s (`author`, `article:author` when not a URL, `parsely-author`, `dc.creator`, …);
///    several `meta`s of one name (`citation_author`) are several authors;
/// 3. microdata `itemprop="author"` (its `name` property when it is an item);
/// 4. the byline in the body: elements whose class or id says byline or author, or `rel="author"`
///    links, nearest the headline first, outside navigation, footers, sidebars and comments;
/// 5. a byline written near the headline without markup: a text starting "By", "Written by",
///    "Author:", "Contributors:" (or such a label alone, the names in the next text), whose
///    names are capitalised;
/// 6. JSON-LD organisations named as author.
///
/// Each source's text goes through ``BylineParser``; the first source that yields a name wins.
struct AuthorSelector {
    let document: Document
    let candidates: MetadataCandidates
    let metas: MetaIndex
    let linkedData: LinkedData
    /// Where the headline is, to rank bylines by distance; `nil` when there is none.
    let anchor: MetadataCandidates.Element?

    struct Candidate {
        var names: [String]
        var source: String
        var elements: [NodeID] = []
    }

    /// The winning candidate.
    func select() -> Candidate? { winningCandidates().first }

    /// The elements of the winning byline when it is the page's only one, where a date beside it
    /// dates the page; none when bylines name different people (reviews, comments, a listing's
    /// items: their dates are theirs) or the names came from elsewhere.
    static func soleBylineElements(of candidates: [Candidate]) -> [NodeID] {
        guard let winner = candidates.first, winner.source == "byline" else { return [] }
        let bylines = candidates.filter { $0.source == "byline" }
        return bylines.allSatisfy { $0.names == winner.names } ? winner.elements : []
    }

    /// Every source that yields names, best first.
    func allCandidates() -> [Candidate] { candidates(stoppingAtWinner: false) }

    /// What extraction needs of ``allCandidates()``: the winner and, when it is a byline, every
    /// byline (``soleBylineElements(of:)`` compares them). Later sources stay unread.
    func winningCandidates() -> [Candidate] { candidates(stoppingAtWinner: true) }

    private func candidates(stoppingAtWinner: Bool) -> [Candidate] {
        // The sources in order; the byline source yields all its bylines at once.
        let sources: [() -> [Candidate]] =
            [linkedDataPeople] + MetadataHeuristics.authorMetaOrder.map { name in { metaCandidates(name) } } + [
                { microdataAuthors().map { [$0] } ?? [] },
                bylineCandidates,
                { textBylineCandidate().map { [$0] } ?? [] },
                linkedDataOrganizations,
            ]
        var result: [Candidate] = []
        for source in sources {
            result += source()
            if stoppingAtWinner, !result.isEmpty { break }
        }
        return result
    }

    /// JSON-LD `author` (or `creator`) people.
    private func linkedDataPeople() -> [Candidate] {
        let names = linkedData.authors.filter { !$0.isOrganization }.flatMap { BylineParser.names(in: $0.name) }
        return names.isEmpty ? [] : [Candidate(names: unique(names), source: "json-ld:author")]
    }

    /// The `meta`s called `name`, each possibly naming several authors.
    private func metaCandidates(_ name: String) -> [Candidate] {
        let values = metas.all(name).filter { !looksLikeURL($0) }
        let names = values.flatMap { BylineParser.names(in: CharacterReferenceDecoder.decode($0)) }
        return names.isEmpty ? [] : [Candidate(names: unique(names), source: name)]
    }

    /// JSON-LD organisations named as author.
    private func linkedDataOrganizations() -> [Candidate] {
        let names = linkedData.authors.filter(\.isOrganization).flatMap { BylineParser.names(in: $0.name) }
        return names.isEmpty ? [] : [Candidate(names: unique(names), source: "json-ld:author")]
    }

    /// `itemprop="author"` elements: their item's `name`, their `content`, or their text.
    private func microdataAuthors() -> Candidate? {
        var names: [String] = []
        var elements: [NodeID] = []
        for property in candidates.itemProperties where property.name == "author" || property.name == "creator" {
            let element = property.element
            guard element.context.isDisjoint(with: MetadataCandidates.Context.peripheral.union(.hidden)) else { continue }
            if let scoped = candidates.itemProperties.first(where: { inner in
                inner.name == "name" && inner.element.node > element.node && inner.element.textEnd <= element.textEnd
                    && document.isInclusiveAncestor(element.node, of: inner.element.node)
            }) {
                names += BylineParser.names(in: scoped.attributeValue ?? boundedText(of: scoped.element) ?? "")
            } else if let value = property.attributeValue, !looksLikeURL(value) {
                names += BylineParser.names(in: value)
            } else if let text = boundedText(of: element) {
                names += BylineParser.names(in: text)
            }
            elements.append(element.node)
            if !names.isEmpty { break }
        }
        return names.isEmpty ? nil : Candidate(names: unique(names), source: "itemprop:author", elements: elements)
    }

    /// Byline elements in the body, nearest the headline first.
    private func bylineCandidates() -> [Candidate] {
        let excluded = MetadataCandidates.Context.peripheral.union(.hidden)
        var ranked: [(distance: Int, element: MetadataCandidates.Element)] = []
        for element in candidates.hinted where element.hints.contains(.byline) && element.context.isDisjoint(with: excluded) {
            ranked.append((distance(of: element), element))
        }
        ranked.sort { $0.distance < $1.distance }
        var result: [Candidate] = []
        for (_, element) in ranked.prefix(MetadataHeuristics.maximumBylineElementsTried) {
            guard let text = boundedText(of: element) else { continue }
            let names = BylineParser.names(in: text)
            if !names.isEmpty {
                result.append(Candidate(names: unique(names), source: "byline", elements: [element.node]))
            }
        }
        return result
    }

    /// A byline in the text around the headline that no class marks ("Written by Jane Doe",
    /// "Contributors: Jane Doe", or "Author" above "Jane Doe").
    private func textBylineCandidate() -> Candidate? {
        guard let anchor else { return nil }
        let lower = anchor.textStart - MetadataHeuristics.dateWindowBeforeHeadline
        let upper = anchor.textEnd + MetadataHeuristics.dateWindowAfterHeadline
        let runs = candidates.textRuns
        var index = runs.firstIndex { $0.start >= lower } ?? runs.count
        while index < runs.count, runs[index].start < upper {
            defer { index += 1 }
            let run = runs[index]
            guard run.context.isDisjoint(with: MetadataCandidates.Context.peripheral.union(.link)),
                document.textByteCount(of: run.node) <= MetadataHeuristics.maximumBylineLength
            else { continue }
            // A label word opens the text, so the raw bytes hold one at a word start (no non-ASCII
            // letter lowercases to the ASCII letters of a label): most runs are passed over unread.
            guard document.withTextBytes(of: run.node, Self.bylineLabels.bits(in:)) != 0 else { continue }
            let text = TextNormalization.collapsingWhitespace(document.text(of: run.node))
            let words = text.split(separator: " ")
            guard let first = words.first?.lowercased().trimmingPunctuation(),
                MetadataVocabulary.bylineLabelWords.contains(first)
            else { continue }
            var byline = text
            if words.count == 1 || (words.count == 2 && MetadataVocabulary.byWords.contains(words[1].lowercased())) {
                // A label alone: the names are the next text.
                guard index + 1 < runs.count else { continue }
                byline = text + " " + document.text(of: runs[index + 1].node)
            }
            let names = BylineParser.names(in: byline).filter(isCapitalizedName)
            if !names.isEmpty { return Candidate(names: unique(names), source: "text-byline", elements: []) }
        }
        return nil
    }

    private static let bylineLabels = FragmentMatcher(words: MetadataVocabulary.bylineLabelWords.map { ($0, 1) })

    /// Whether every word of `name` starts with a capital, name particles aside ("Maria de la Cruz").
    private func isCapitalizedName(_ name: String) -> Bool {
        name.split(separator: " ").allSatisfy { word in
            word.first.map { $0.isUppercase || !$0.isLetter } ?? false
                || MetadataVocabulary.nameParticles.contains(word.lowercased())
        }
    }

    /// Text distance from the headline: after it counts as is, before it doubled (bylines follow
    /// headlines far more often than they precede them); without a headline, the position.
    private func distance(of element: MetadataCandidates.Element) -> Int {
        guard let anchor else { return element.textStart }
        if element.textStart >= anchor.textEnd { return element.textStart - anchor.textEnd }
        if element.textEnd <= anchor.textStart {
            return (anchor.textStart - element.textEnd) * MetadataHeuristics.bylineBeforeHeadlinePenalty
        }
        return 0
    }

    private func boundedText(of element: MetadataCandidates.Element) -> String? {
        guard element.textEnd - element.textStart <= MetadataHeuristics.maximumBylineLength else { return nil }
        let text = document.spacedText(of: element.node)
        return text.isEmpty ? nil : text
    }

    private func looksLikeURL(_ value: String) -> Bool {
        value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("//") || value.hasPrefix("www.")
    }

    private func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert(TextNormalization.comparisonKey($0)).inserted }
    }
}
