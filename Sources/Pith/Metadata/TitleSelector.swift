internal import PithHTML

/// Chooses the headline.
///
/// 1. The declared titles, best first: `og:title`, JSON-LD `headline`, `twitter:title`, other
///    title `meta`s and microdata, JSON-LD `name` (for non-article main objects), `<title>`.
/// 2. The visible headline wins when it matches a declared title: the first `h1` (then `h2`, then
///    an element whose class says headline) outside navigation, footers and sidebars whose text
///    equals, loosely (``TextNormalization/comparisonKey(_:)``), a declared title, a run of its
///    segments (`Headline | Site` → `Headline`), the title without the site's name before it
///    ("iFixit Essential Electronics Toolkit") or a shop's call to buy ("Buy Electric Guitars at
///    Thomann"); then one that says only the title's last segment, where sites put their name;
///    then an `h1` that says a side of its colon (``colonParts(of:)``) or the title with other
///    numbers (the page was updated, its metadata was not).
/// 3. Otherwise the page's only `h1`, inside `main`, when the page declares nothing but a
///    `<title>` that shares no word with it (a template's slogan); or, on a page that says it is
///    an article, the first `h1` (articles' visible headlines differ from their SEO titles; WCXB
///    dev: right 61 times against 35).
/// 4. Otherwise the best declared title, without its site name (``SiteNameStripper``).
/// 5. With no declared title, the first `h1`.
///
/// The choice then loses the ornaments on its ends (``trimmingDecorations(_:)``) and the Markdown
/// marks a site copied from its sources (``withoutMarkdownMarks(_:)``).
struct TitleSelector {
    let document: Document
    let candidates: MetadataCandidates
    let metas: MetaIndex
    let linkedData: LinkedData
    /// Names the site goes by (`og:site_name`, the JSON-LD `WebSite` and publisher names, the
    /// host's main label).
    let siteNames: [String]
    /// The host's registrable domain.
    let host: String?
    /// Whether the page says it is an article (`og:type` or a JSON-LD article type).
    let isArticle: Bool

    struct Choice {
        var title: String
        var source: String
        var element: NodeID?
    }

    func select() -> Choice? {
        guard var choice = bestChoice() else { return nil }
        let trimmed = Self.trimmingDecorations(Self.withoutMarkdownMarks(choice.title))
        if !trimmed.isEmpty { choice.title = trimmed }
        return choice
    }

    /// `title` without what templates and editors hang on a headline's ends: pictographs and
    /// dingbats ("🎤 Rode NT1", "Must Haves ⋆", "status symbol? 🤔") and brackets a template left
    /// empty ("40-Clips ()"). Symbols that belong to names (`®`, `™`, `©`) stay.
    static func trimmingDecorations(_ title: String) -> String {
        let scalars = Array(title.unicodeScalars)
        var start = 0
        var end = scalars.count
        var trimmed = true
        while trimmed {
            trimmed = false
            while start < end, isDecoration(scalars[start]) || TextNormalization.isSpace(scalars[start]) { start += 1; trimmed = true }
            while start < end, isDecoration(scalars[end - 1]) || TextNormalization.isSpace(scalars[end - 1]) { end -= 1; trimmed = true }
            // An empty pair at the end: the closing bracket, spaces, its opening bracket.
            guard start < end, let opening = emptyBracketOpening[scalars[end - 1]] else { continue }
            var inner = end - 1
            while inner > start, TextNormalization.isSpace(scalars[inner - 1]) { inner -= 1 }
            if inner > start, scalars[inner - 1] == opening {
                end = inner - 1
                trimmed = true
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<end])
        return String(result)
    }

    /// `title` without the Markdown a site rendered its headline from left in it: a leading ATX
    /// heading mark ("## Hyper-Local Regolith…") and one emphasis pair around words ("*A
    /// Treatise* (1792)"). Asterisks inside words ("M*A*S*H") are not emphasis and stay.
    static func withoutMarkdownMarks(_ title: String) -> String {
        var text = Substring(title)
        let hashes = text.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), text.dropFirst(hashes).first == " " {
            text = text.dropFirst(hashes + 1)
        }
        let stars = text.indices.filter { text[$0] == "*" }
        if stars.count == 2, let open = stars.first, let close = stars.last {
            let opensWord = (open == text.startIndex || text[text.index(before: open)] == " ")
                && text.index(after: open) < close && text[text.index(after: open)] != " "
            let after = text.index(after: close)
            let closesWord = text[text.index(before: close)] != " "
                && (after == text.endIndex || !(text[after].isLetter || text[after].isNumber))
            if opensWord, closesWord {
                var result = String(text[..<open])
                result += text[text.index(after: open)..<close]
                result += text[after...]
                return result
            }
        }
        return String(text)
    }

    /// Closing brackets and their opening ones, for brackets a template left empty.
    private static let emptyBracketOpening: [Unicode.Scalar: Unicode.Scalar] = [")": "(", "]": "[", "}": "{"]

    /// Emoji shown as pictures, their joiners and selectors, and the symbol blocks used as
    /// ornaments (miscellaneous symbols, dingbats, geometric shapes, `⋆`).
    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE0F, 0x22C6, 0x25A0...0x25FF, 0x2600...0x27BF: return true
        default: return scalar.properties.isEmojiPresentation
        }
    }

    /// The headline as the rules below choose it, before ``trimmingDecorations(_:)``.
    private func bestChoice() -> Choice? {
        let declared = declaredTitles()
        let stripper = SiteNameStripper(siteNames: siteNames, host: host)
        // Every form a declared title may take in the body: as written, and each run of segments
        // that is not the site's name; each key keeps the first declared wording.
        var keys: [String: String] = [:]
        // A title's last segment alone, which a heading may say only when no heading says another
        // form: documentation and book sites put their name there and in a sidebar `h1` above
        // the page's own heading ("What is Ownership? - The Rust Programming Language").
        var lastSegmentKeys: [String: String] = [:]
        // The sides of a declared title's colon ("Hiking Boots: Shop Boots for Hiking"), which
        // only an `h1` may match, and only when no heading matches a whole form: lower headings
        // that say one side are a section's, and a blog's `h1` may be its name ("Blog: Post").
        var sideKeys: [String: String] = [:]
        func add(_ form: String, to table: inout [String: String]) {
            let key = TextNormalization.comparisonKey(form)
            if table[key] == nil { table[key] = form }
        }
        // Sources often declare the same title; its forms are in the tables after the first.
        var seen: Set<String> = []
        // Declared forms holding a number, without their digits, for ``updatedHeading(numberedForms:stripper:)``.
        var numberedForms: Set<String> = []
        for candidate in declared where seen.insert(candidate.value).inserted {
            add(candidate.value, to: &keys)
            // Runs of the title without its site name: a logo `h1` saying the brand suffix
            // ("Headline | modabot") is not the headline even when the site's name is unknown.
            let stripped = stripper.strip(candidate.value)
            add(stripped, to: &keys)
            for form in [candidate.value, stripped] where form.contains(where: \.isNumber) {
                numberedForms.insert(Self.withoutDigits(form))
            }
            for run in stripper.segmentRuns(of: stripped) where !stripper.namesSite(run.text[...]) {
                if run.isLastSegment { add(run.text, to: &lastSegmentKeys) } else { add(run.text, to: &keys) }
            }
            let unbranded = stripper.withoutLeadingSiteName(stripped)
            if let unbranded { add(unbranded, to: &keys) }
            if let category = stripper.withoutShoppingFrame(unbranded ?? stripped) { add(category, to: &keys) }
            for side in Self.colonParts(of: stripped) where !stripper.namesSite(side[...]) {
                add(side, to: &sideKeys)
            }
        }
        keys[""] = nil
        sideKeys[""] = nil
        for key in keys.keys { lastSegmentKeys[key] = nil }
        lastSegmentKeys[""] = nil
        let levels = MetadataHeuristics.headingLevelPreference
        if let heading = matchingHeading(keys: keys, levels: levels, stripper: stripper) { return heading }
        if let heading = matchingHeading(keys: lastSegmentKeys, levels: levels, stripper: stripper) { return heading }
        if let heading = matchingHeading(keys: sideKeys, levels: [1], stripper: stripper) { return heading }
        if let heading = updatedHeading(numberedForms: numberedForms, stripper: stripper) { return heading }
        if let heading = headingOverTemplateTitle(declared: declared, stripper: stripper) { return heading }
        // An article's visible headline is its title even when the metadata words it otherwise
        // (SEO titles); other pages' `h1`s are as often a section label ("Furniture").
        if isArticle, let heading = firstHeading(stripper: stripper) { return heading }
        if let best = declared.first {
            let cleaned = Self.mainPart(of: stripper.strip(best.value), separators: Self.declaredSectionSeparators, longest: false)
            return Choice(title: cleaned, source: best.source, element: nil)
        }
        if let heading = firstHeading(stripper: stripper) { return heading }
        return nil
    }

    /// Declared titles, best first, each with its source.
    private func declaredTitles() -> [(value: String, source: String)] {
        var result: [(String, String)] = []
        func add(_ value: String?, _ source: String) {
            guard let value else { return }
            let text = TextNormalization.collapsingWhitespace(CharacterReferenceDecoder.decode(value))
            if TextNormalization.hasLetter(text) || text.unicodeScalars.contains(where: { $0.value > 0x2E80 }) {
                result.append((text, source))
            }
        }
        add(metas.all("og:title").first, "og:title")
        add(linkedData.headline, "json-ld:headline")
        add(metas.all("twitter:title").first, "twitter:title")
        for (name, value) in metas.all(of: MetadataHeuristics.otherTitleMetaNames) { add(value, name) }
        if let property = candidates.itemProperties.first(where: { $0.name == "headline" }) {
            add(property.attributeValue ?? boundedText(of: property.element), "itemprop:headline")
        }
        if linkedData.mainRank >= 2 { add(linkedData.name, "json-ld:name") }
        add(candidates.documentTitle, "title")
        return result
    }

    /// A headline's main part when separators cut it: the longest part of a heading ("Gym
    /// Workouts for Beginners — Strength Training" keeps its headline, "2024 - Pros & Cons…" its
    /// words), the first part of a declared title whose site name is already gone ("Stripe
    /// Payments | Global Payment Processing Platform"). Parts need a letter.
    ///
    /// WCXB dev, titles cut this way: headings at " - " or " | " right 26 times as the longest
    /// part against 15 whole; declared titles at " | " 12 times as the first part against 3 whole.
    static func mainPart(of title: String, separators: [String], longest: Bool) -> String {
        // Most titles hold no separator: nothing to cut.
        guard separators.contains(where: { TextNormalization.containsBytes(of: $0, in: title) }) else { return title }
        var parts: [Substring] = [title[...]]
        for separator in separators {
            var next: [Substring] = []
            for part in parts { next += part.split(separator: separator, omittingEmptySubsequences: true) }
            parts = next
        }
        let kept: [String] = parts.map { String($0).trimmingCharacters(of: " ") }.map(String.init).filter(TextNormalization.hasLetter)
        guard kept.count > 1 else { return title }
        if longest { return kept.max { $0.count < $1.count } ?? title }
        return kept[0]
    }

    /// The two sides of a title's first colon ("Power Tools: Battery & Cordless Kits" → "Power
    /// Tools", "Battery & Cordless Kits"), when each has a letter; none otherwise.
    ///
    /// Shops and blogs write the category or the headline on one side and a sales line or the
    /// blog's name on the other; the visible `h1` shows one side.
    static func colonParts(of title: String) -> [String] {
        guard TextNormalization.containsBytes(of: ": ", in: title), let colon = title.firstRange(of: ": ") else { return [] }
        let parts = [String(title[..<colon.lowerBound]), String(title[colon.upperBound...])].map {
            TextNormalization.collapsingWhitespace($0)
        }
        return parts.allSatisfy(TextNormalization.hasLetter) ? parts : []
    }

    /// Where a heading's headline and subtitle or section part (see ``mainPart(of:separators:longest:)``).
    static let headingSubtitleSeparators = [" - ", " | "]
    /// Where a declared title's headline and section part, once the site name is gone.
    static let declaredSectionSeparators = [" | "]

    /// Every declared title and eligible heading, for the candidate report.
    func report() -> [(source: String, value: String)] {
        var result = declaredTitles().map { (source: "declared:" + $0.source, value: $0.value) }
        for (index, heading) in candidates.headings.enumerated().prefix(MetadataHeuristics.maximumHeadingsTried) where isEligible(heading) {
            guard let text = boundedText(of: heading) else { continue }
            var flags = ""
            if heading.context.contains(.article) { flags += "A" }
            if heading.context.contains(.main) { flags += "M" }
            if heading.context.contains(.header) { flags += "H" }
            if heading.context.contains(.link) { flags += "L" }
            result.append(("heading:\(candidates.headingLevels[index]):\(flags):\(heading.textStart)/\(candidates.textLength)", text))
        }
        return result
    }

    /// The first heading of `levels`, in that order, whose text is one of `keys` and does not
    /// name the site (a logo in an `h1`).
    ///
    /// The title takes the declared wording of the match: headings lose separators and straight
    /// quotes to markup and typography ("Tips/Techniques ProxMox…", "Hasn’t") that the declared
    /// title keeps.
    private func matchingHeading(keys: [String: String], levels: [Int], stripper: SiteNameStripper) -> Choice? {
        guard !keys.isEmpty else { return nil }
        for level in levels {
            var tried = 0
            for (index, heading) in candidates.headings.enumerated() where candidates.headingLevels[index] == level {
                tried += 1
                guard tried <= MetadataHeuristics.maximumHeadingsTried else { break }
                guard isEligible(heading), let text = boundedText(of: heading) else { continue }
                let key = TextNormalization.comparisonKey(text)
                if !key.isEmpty, let wording = keys[key], !stripper.namesSite(text[...]) {
                    let main = Self.mainPart(of: wording, separators: Self.headingSubtitleSeparators, longest: true)
                    return Choice(title: main, source: level == 0 ? "headline-class" : "h\(level)", element: heading.node)
                }
            }
        }
        return nil
    }

    /// The first `h1` that says a declared title with other numbers ("Guide to filing your taxes
    /// in 2025" under a declared "… in 2024"): the page was updated and its metadata was not, so
    /// the visible heading is current.
    private func updatedHeading(numberedForms: Set<String>, stripper: SiteNameStripper) -> Choice? {
        guard !numberedForms.isEmpty, let heading = firstHeading(stripper: stripper), heading.title.contains(where: \.isNumber),
            numberedForms.contains(Self.withoutDigits(heading.title))
        else { return nil }
        return heading
    }

    /// `text`'s comparison key without its digits.
    private static func withoutDigits(_ text: String) -> String {
        String(TextNormalization.comparisonKey(text).filter { !$0.isNumber })
    }

    /// The page's only `h1`, inside `main`, when the page declares no title but its `<title>`
    /// and that shares no word of four letters or more with the heading: a template's title for
    /// every page (a slogan, "Reddit - The heart of the internet"), where the main heading says
    /// what this page is. A page with more `h1`s may be a shop's, whose first says "Follow the
    /// author".
    private func headingOverTemplateTitle(declared: [(value: String, source: String)], stripper: SiteNameStripper) -> Choice? {
        guard !declared.isEmpty, declared.allSatisfy({ $0.source == "title" }),
            let (heading, element) = firstHeadingWithElement(stripper: stripper), element.context.contains(.main),
            candidates.headings.indices.filter({ candidates.headingLevels[$0] == 1 && isEligible(candidates.headings[$0]) }).count == 1
        else { return nil }
        func words(_ text: String) -> Set<String> {
            Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).filter { $0.count >= 4 }.map { $0.lowercased() })
        }
        let headingWords = words(heading.title)
        return declared.contains(where: { !words($0.value).isDisjoint(with: headingWords) }) ? nil : heading
    }

    /// The first eligible `h1` with text that is not the site's name.
    private func firstHeading(stripper: SiteNameStripper) -> Choice? {
        firstHeadingWithElement(stripper: stripper)?.choice
    }

    private func firstHeadingWithElement(stripper: SiteNameStripper) -> (choice: Choice, element: MetadataCandidates.Element)? {
        for (index, heading) in candidates.headings.enumerated() where candidates.headingLevels[index] == 1 {
            guard isEligible(heading), let text = boundedText(of: heading), TextNormalization.hasLetter(text),
                !stripper.namesSite(text[...])
            else { continue }
            let main = Self.mainPart(of: text, separators: Self.headingSubtitleSeparators, longest: true)
            return (Choice(title: main, source: "h1", element: heading.node), heading)
        }
        return nil
    }

    private func isEligible(_ heading: MetadataCandidates.Element) -> Bool {
        heading.context.isDisjoint(with: MetadataCandidates.Context.peripheral.union(.hidden))
            && heading.textEnd - heading.textStart <= MetadataHeuristics.maximumHeadlineBytes
    }

    /// An element's text, white space collapsed and permalink marks (`¶`, `#`, `§`, icon-font
    /// glyphs) trimmed from its end, if it is short enough to be a headline.
    private func boundedText(of element: MetadataCandidates.Element) -> String? {
        guard element.textEnd - element.textStart <= MetadataHeuristics.maximumHeadlineBytes else { return nil }
        var text = TextNormalization.collapsingWhitespace(document.textContent(of: element.node))
        while let last = text.unicodeScalars.last, Self.isPermalinkMark(last) {
            text.unicodeScalars.removeLast()
            while text.last?.isWhitespace == true { text.removeLast() }
        }
        return text.isEmpty ? nil : text
    }

    /// Marks that headline permalinks append: `¶` (Sphinx), `#`, `§`, `🔗`, private-use glyphs.
    private static func isPermalinkMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x23, 0xA7, 0xB6, 0x1F517, 0xE000...0xF8FF: return true
        default: return false
        }
    }
}
