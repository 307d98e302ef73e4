/// Removes a site's name from a title: `Headline | Site`, `Site - Headline`, `Headline – Section – Site`.
///
/// A title is cut into segments at separators written with spaces around them
/// (``MetadataVocabulary/titleSeparators``). Leading and trailing segments that name the site are
/// dropped; when no segment names a known site, a short last segment (a brand: a letter, ≤
/// ``MetadataHeuristics/maximumSiteSuffixWords`` words, shorter than the rest) is dropped.
struct SiteNameStripper {
    /// Comparison keys of the site's names.
    private let siteKeys: [String]
    /// Comparison keys of the host (`bookingcom`): a segment holding one names the site
    /// ("Booking.com for Business").
    private let hostKeys: [String]

    /// - Parameters:
    ///   - siteNames: Names the page gives itself (`og:site_name`, the JSON-LD site and publisher)
    ///     and the host's main label (`nytimes`).
    ///   - host: The page's host without `www.` (`nytimes.com`).
    init(siteNames: [String], host: String? = nil) {
        siteKeys = siteNames.map(TextNormalization.comparisonKey).filter { !$0.isEmpty }
        hostKeys = host.map { [TextNormalization.comparisonKey($0)] } ?? []
    }

    /// `title` without the site name.
    func strip(_ title: String) -> String {
        let title = withoutBracketedSiteTag(title)
        let segments = Self.segments(of: title)
        guard segments.count > 1 else { return title }
        var low = 0
        var high = segments.count
        while high - low > 1, namesSite(title[segments[high - 1]]) { high -= 1 }
        while high - low > 1, namesSite(title[segments[low]]) { low += 1 }
        if low == 0, high == segments.count {
            let last = title[segments[high - 1]]
            let rest = title[segments[0].lowerBound..<segments[high - 2].upperBound]
            // A brand has a letter: "2026 / 2027" ends a headline, it names no site.
            if wordCount(last) <= MetadataHeuristics.maximumSiteSuffixWords, last.count < rest.count,
                TextNormalization.hasLetter(String(last))
            {
                high -= 1
            }
        }
        return String(title[segments[low].lowerBound..<segments[high - 1].upperBound])
    }

    /// Every run of consecutive segments of `title` that is not the whole title; `isLastSegment`
    /// marks the run that is the last segment alone, where titles put a brand
    /// ("What is Ownership? - The Rust Programming Language").
    func segmentRuns(of title: String) -> [(text: String, isLastSegment: Bool)] {
        let segments = Self.segments(of: title)
        guard segments.count > 1, segments.count <= MetadataHeuristics.maximumTitleSegments else { return [] }
        var runs: [(String, Bool)] = []
        for start in segments.indices {
            for end in start..<segments.count where !(start == 0 && end == segments.count - 1) {
                let isLast = start == segments.count - 1
                runs.append((String(title[segments[start].lowerBound..<segments[end].upperBound]), isLast))
            }
        }
        return runs
    }

    /// `title` without a site name written before it with no separator ("BBC Technology",
    /// "iFixit Essential Electronics Toolkit"): the rest after the first one to three words when
    /// those name the site, or nil. Only a heading that says the rest may take it: "Apple
    /// AirPods Pro" is also a product's full name.
    func withoutLeadingSiteName(_ title: String) -> String? {
        let words = title.split(separator: " ")
        guard words.count > 1 else { return nil }
        for count in 1...min(MetadataHeuristics.maximumSiteSuffixWords, words.count - 1)
        where namesSite(title[words[0].startIndex..<words[count - 1].endIndex]) {
            let rest = title[words[count].startIndex...]
            return TextNormalization.hasLetter(String(rest)) ? String(rest) : nil
        }
        return nil
    }

    /// `title` without a shop's call to buy around a category: the leading verb and a trailing
    /// "at" the site ("Buy Electric Guitars at Thomann" → "Electric Guitars"), or nil when it
    /// does not start with one of ``MetadataVocabulary/shoppingTitleVerbs``. Only a heading that
    /// says the rest may take it.
    func withoutShoppingFrame(_ title: String) -> String? {
        var words = title.split(separator: " ")
        guard words.count > 1, MetadataVocabulary.shoppingTitleVerbs.contains(words[0].lowercased()) else { return nil }
        words.removeFirst()
        if let at = words.lastIndex(where: { $0.lowercased() == "at" }), at > 0, at < words.count - 1,
            namesSite(title[words[at + 1].startIndex..<words[words.count - 1].endIndex])
        {
            words.removeSubrange(at...)
        }
        let rest = words.joined(separator: " ")
        return TextNormalization.hasLetter(rest) ? rest : nil
    }

    /// `title` without a bracketed tag at its end that mentions the site ("Welcome to LWN.net
    /// [LWN.net]", "searching [Zotero Documentation]", "A Year in a Tiny House (tiny house
    /// forum at permies)"): a tag needs a word that is one of the site's names, or the host.
    /// Other brackets ("(2013, Hardcover)") stay.
    func withoutBracketedSiteTag(_ title: String) -> String {
        guard let close = title.last, let open = Self.bracketOpening[close],
            let openIndex = title.dropLast().lastIndex(of: open), openIndex > title.startIndex,
            title[title.index(before: openIndex)] == " "
        else { return title }
        let tag = title[title.index(after: openIndex)..<title.index(before: title.endIndex)]
        let mentionsSite = namesSite(tag)
            || tag.split(separator: " ").contains { siteKeys.contains(TextNormalization.comparisonKey(String($0))) }
        guard mentionsSite else { return title }
        let rest = String(title[..<openIndex]).trimmingCharacters(of: " ")
        return TextNormalization.hasLetter(String(rest)) ? String(rest) : title
    }

    private static let bracketOpening: [Character: Character] = ["]": "[", ")": "("]

    /// Whether `segment` is one of the site's names, or holds the host's registrable domain
    /// ("Booking.com for Business"). Only exact names count: "Cloudflare CDN" on cloudflare.com
    /// is a product, not the site (WCXB dev: prefix matching lost as many titles as it won).
    func namesSite(_ segment: Substring) -> Bool {
        let key = TextNormalization.comparisonKey(String(segment))
        guard !key.isEmpty else { return false }
        // The byte test first: `String.contains` compares characters, slowly, and finds the host
        // only where its bytes are.
        return siteKeys.contains(key)
            || hostKeys.contains(where: { TextNormalization.containsBytes(of: $0, in: key) && key.contains($0) })
    }

    private func wordCount(_ text: Substring) -> Int { text.split(separator: " ").count }

    /// The ranges of `title`'s segments, separators excluded, trimmed.
    static func segments(of title: String) -> [Range<String.Index>] {
        let utf8 = title.utf8
        var segments: [Range<String.Index>] = []
        var segmentStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            // Every separator starts with a space.
            guard utf8[index] == UInt8(ascii: " "),
                let separator = separatorBytes.first(where: { utf8[index...].starts(with: $0) })
            else {
                index = utf8.index(after: index)
                continue
            }
            if segmentStart < index { segments.append(segmentStart..<index) }
            index = utf8.index(index, offsetBy: separator.count)
            segmentStart = index
        }
        if segmentStart < utf8.endIndex { segments.append(segmentStart..<utf8.endIndex) }
        return segments.filter { !title[$0].allSatisfy(\.isWhitespace) }
    }

    private static let separatorBytes = MetadataVocabulary.titleSeparators.map { Array($0.utf8) }
}
