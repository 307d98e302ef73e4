internal import PithHTML

/// Chooses the publication and modification dates.
///
/// Every source yields candidates with a rank (``MetadataHeuristics/DateRank``): JSON-LD, `meta`s
/// and microdata that name the date's role; `time` elements; the date in the URL path; dates
/// written in the text around the headline and in elements whose class says date; when none of
/// these gives a publication date, the date beside a lone byline, in scripts' data or after a cue
/// word. The highest ranked plausible candidate of each role wins; of dates shown around the
/// headline with the same rank the nearest, otherwise the earlier source. Corrections then weigh
/// what the page shows against what it declares (``select()``).
///
/// Plausible (``DatePlausibility``): not after ``MetadataOptions/now`` (plus a day), not
/// 1970-01-01 (an unset Unix time), and not before ``DateHeuristics/earliestPlausibleYear``
/// unless the page's own metadata states it.
struct DateSelector {
    let document: Document
    let candidates: MetadataCandidates
    let metas: MetaIndex
    let linkedData: LinkedData
    let url: String?
    /// Where the headline is; `nil` when there is none.
    let anchor: MetadataCandidates.Element?
    /// The first visible `h1`, when the headline is another element: its dateline counts too.
    let secondaryAnchor: MetadataCandidates.Element?
    /// The elements the authors were read from: the date beside them is a last resort.
    let bylines: [NodeID]
    let order: NumericDateOrder
    let plausibility: DatePlausibility

    enum Role: Sendable {
        case published
        case modified
    }

    struct Candidate {
        var date: ArticleDate
        var role: Role
        var rank: Int
        var source: String
        /// The body element that shows the date, if any.
        var element: NodeID?
        /// Whether the date stands alone in its text, written with a month name ("November 2,
        /// 2022" under the headline, not "on 18 October" in the lead): the page's own dateline.
        var isDateline = false
        /// Where the showing element's text starts in the page's visible text, if shown.
        var textStart: Int?

        /// Whether the date was found next to the headline (in the article's header).
        var isNearHeadline: Bool {
            rank == MetadataHeuristics.DateRank.nearHeadline || rank == MetadataHeuristics.DateRank.headlineText
        }

        /// Whether the page marks the date as one in its body: a `time` element or an element whose
        /// class says date (not a `meta`, microdata or a date found in the text).
        var isMarkedInBody: Bool { source == "time" || source == "date-element" }

        /// Whether the date was read from the text around the headline, no element marking it.
        var isHeadlineText: Bool { source == "text" }
    }

    /// The winning publication and modification candidates.
    ///
    /// Two corrections follow the ranking:
    /// - a UTC time-stamp takes the page's local date when another source gives the same instant
    ///   in local time (``localized(_:among:)``): pages show, and readers mean, the local day;
    /// - when the page shows near its headline another of its stated dates but not the winner, the
    ///   shown one is the date the page presents (``shownDate(published:modified:among:)``);
    /// - of the dates shown around the headline, one the metadata states too beats one it does not
    ///   (``confirmedShownDate(_:among:)``);
    /// - a date read from the text around the headline or a generic date `meta` gives way to the
    ///   date the page marks in its body (``markedDate(over:among:)``).
    ///
    /// A URL with a year and month but no day (`/2019/10/story`) first narrows the publication
    /// candidates to that month, when any falls in it.
    func select() -> (published: Candidate?, modified: Candidate?) {
        var all = allCandidates()
        if let url, let month = URLDate.find(in: url), month.date == nil {
            let inMonth: (Candidate) -> Bool = { $0.date.year == month.year && $0.date.month == month.month }
            if all.contains(where: { $0.role == .published && inMonth($0) }) {
                all.removeAll { $0.role == .published && !inMonth($0) }
            }
        }
        var published = best(all, .published)
        let modified = best(all, .modified)
        if let winner = published { published = localized(winner, among: all) }
        if let current = published, let shown = shownDate(published: current, modified: modified, among: all) {
            published = shown
        }
        if let current = published, let confirmed = confirmedShownDate(current, among: all) {
            published = confirmed
        }
        if let current = published, let marked = markedDate(over: current, among: all) {
            published = marked
        }
        return (published, modified)
    }

    /// `winner` in the page's local time, when it is a UTC time-stamp and another candidate states
    /// the same instant in local wall-clock time (with or without an offset); or with the URL's
    /// day when that is the day before and the UTC time is in the morning (the evening before in
    /// the Americas), or the day after and the UTC time is in the evening (Europe and Asia).
    func localized(_ winner: Candidate, among all: [Candidate]) -> Candidate {
        guard let time = winner.date.time, winner.date.utcOffsetMinutes == 0 else { return winner }
        let utcMinutes = CalendarMath.days(winner.date) * 1440 + time.hour * 60 + time.minute
        for candidate in all where candidate.role == winner.role && candidate.date.utcOffsetMinutes != 0 {
            guard let local = candidate.date.time, local.minute == time.minute else { continue }
            let difference = CalendarMath.days(candidate.date) * 1440 + local.hour * 60 + local.minute - utcMinutes
            if let offset = candidate.date.utcOffsetMinutes, offset != difference { continue }
            guard difference != 0, abs(difference) <= DateHeuristics.maximumUTCOffsetMinutes,
                difference % DateHeuristics.utcOffsetGranularityMinutes == 0
            else { continue }
            var result = winner
            result.date = candidate.date
            result.date.time = (local.hour, local.minute, time.second)
            result.date.utcOffsetMinutes = difference
            result.source += "@local"
            return result
        }
        if let urlDate = all.first(where: { $0.source == "url" })?.date,
            (time.hour < DateHeuristics.morningHourLimit && CalendarMath.days(urlDate) == CalendarMath.days(winner.date) - 1)
                || (time.hour >= DateHeuristics.eveningHourLimit && CalendarMath.days(urlDate) == CalendarMath.days(winner.date) + 1)
        {
            var result = winner
            result.date = urlDate
            result.source += "@url-day"
            return result
        }
        return winner
    }

    /// The date the page shows near its headline, when the ranking's winner is not shown there
    /// but another stated date is: first a publication date from the metadata, then an older
    /// dateline when the winner is shown nowhere, then the modification date (the date the page
    /// presents as its own) unless a strong `meta` corroborates the winner.
    func shownDate(published: Candidate, modified: Candidate?, among all: [Candidate]) -> Candidate? {
        typealias Rank = MetadataHeuristics.DateRank
        let shown = all.filter { $0.rank == Rank.nearHeadline || $0.rank == Rank.headlineText }
        let shownDays = Set(shown.map { CalendarMath.days($0.date) })
        guard !shownDays.isEmpty, !shownDays.contains(CalendarMath.days(published.date)) else { return nil }
        var confirmed: Candidate?
        for candidate in all where candidate.role == .published && candidate.rank >= Rank.weakMeta
            && candidate.rank != Rank.nearHeadline && candidate.rank != Rank.headlineText
            && shownDays.contains(CalendarMath.days(candidate.date)) && candidate.rank > (confirmed?.rank ?? Int.min)
        {
            confirmed = candidate
        }
        if var confirmed {
            confirmed.source = "shown:" + confirmed.source
            return confirmed
        }
        // A dateline under the headline older than the declared date, which the page shows
        // nowhere: the story's first publication, restamped by a CMS move or a re-publication.
        // (An in-sentence date or one shown elsewhere is the story's subject or the page's own.)
        let publishedDay = CalendarMath.days(published.date)
        let isDeclaredDateShown = all.contains { $0.role == .published && $0.element != nil && CalendarMath.days($0.date) == publishedDay }
        if !isDeclaredDateShown,
            var dateline = shown.first(where: {
                $0.role == .published && $0.isDateline && CalendarMath.days($0.date) < publishedDay - DateHeuristics.restampMinimumDays
            })
        {
            dateline.source = "dateline:" + dateline.source
            return dateline
        }
        if !isDeclaredDateShown, let later = laterShownDate(after: published, shown: shown, among: all) {
            return later
        }
        guard let modified else { return nil }
        // A publication date that an `article:published_time`-class meta states as well is the
        // page's declared one: the shown modification date does not replace it, unless the
        // modification follows within a day (the same day in another time zone,
        // or the story's same-day update). WCXB dev: 24 dates won, 6 lost; htmldate eval: 1 won, 1 lost.
        let isCorroborated = all.contains { candidate in
            candidate.role == .published && candidate.rank == Rank.strongMeta
                && abs(CalendarMath.days(candidate.date) - CalendarMath.days(published.date)) <= 1
        }
        if isCorroborated,
            CalendarMath.days(modified.date) - CalendarMath.days(published.date) >= DateHeuristics.minimumRevisionGapDays
        {
            return nil
        }
        // A winner stamped at the very instant of the modification is a build date, not a
        // publication date: the date shown, unlabelled, is the page's, unless it is later than
        // the stamp (then it dates something else: an event, a comment).
        let stampDay = CalendarMath.days(published.date)
        if modified.date == published.date,
            let match = shown.first(where: { $0.role == .published && CalendarMath.days($0.date) <= stampDay })
        {
            var result = match
            result.source = "shown:" + match.source
            return result
        }
        // The modification date shown unlabelled ("24 Dec 2022", not "Updated 24 Dec 2022") is
        // what the page presents as its date.
        guard let match = shown.first(where: { CalendarMath.days($0.date) == CalendarMath.days(modified.date) })
        else { return nil }
        var result = published
        result.date = match.date.time == nil ? modified.date : match.date
        result.source = "shown:" + modified.source
        result.element = match.element
        return result
    }

    /// The day a date element under the headline shows, when it is later than the declared
    /// publication date (which the page shows nowhere), the only day shown around the headline, and
    /// no declared modification: the day the page presents as its publication (a scheduled post or
    /// a print edition going out after the draft's date, a republication under the first date). The
    /// mirror of the older dateline above. A shown modification date is left to the rules below, and
    /// a shown day that is the declared date read in the other day-month order is the declared
    /// date. WCXB dev: 3 dates won, htmldate eval: 2, none lost in either.
    private func laterShownDate(after published: Candidate, shown: [Candidate], among all: [Candidate]) -> Candidate? {
        let shownPublished = shown.filter { $0.role == .published }
        guard var marked = shownPublished.first(where: { $0.rank == MetadataHeuristics.DateRank.nearHeadline }) else { return nil }
        let day = CalendarMath.days(marked.date)
        guard day > CalendarMath.days(published.date), shownPublished.allSatisfy({ CalendarMath.days($0.date) == day }) else {
            return nil
        }
        let isSwapped = marked.date.year == published.date.year && marked.date.month == published.date.day
            && marked.date.day == published.date.month
        guard !isSwapped, !all.contains(where: { $0.role == .modified && Self.mayShow(day, stamp: $0.date) }) else { return nil }
        marked.source = "later:" + marked.source
        return marked
    }

    /// Whether a page can show time-stamp `stamp` as day `day`: its own day, or, for a UTC
    /// time-stamp, the day before or after it (the same instant in the Americas or in Asia).
    private static func mayShow(_ day: Int, stamp: ArticleDate) -> Bool {
        let stampDay = CalendarMath.days(stamp)
        if stampDay == day { return true }
        return stamp.time != nil && stamp.utcOffsetMinutes == 0 && abs(stampDay - day) == 1
    }

    /// Of the dates shown around the headline, the one a declared publication date (a `meta`,
    /// structured data, the URL) states too, when the winner is a shown date none states: an
    /// unconfirmed date beside the headline may be today's date in the site's header or the date
    /// of an event. htmldate eval: 1 won, none lost; WCXB dev: no change.
    private func confirmedShownDate(_ winner: Candidate, among all: [Candidate]) -> Candidate? {
        guard winner.isNearHeadline else { return nil }
        let declaredDays = Set(all.filter { $0.role == .published && $0.rank >= MetadataHeuristics.DateRank.weakMeta && !$0.isNearHeadline }
            .map { CalendarMath.days($0.date) })
        guard !declaredDays.contains(CalendarMath.days(winner.date)),
            var confirmed = all.first(where: { $0.role == .published && $0.isNearHeadline && declaredDays.contains(CalendarMath.days($0.date)) })
        else { return nil }
        confirmed.source = "confirmed:" + confirmed.source
        return confirmed
    }

    /// The date the page marks in its body (a `time` element, an element whose class says date)
    /// away from the headline, in place of a winner that is weaker evidence:
    /// - a date in the text around the headline that no element marks, that is no dateline and that
    ///   no other source states: a date in the lead's sentences or in a menu (the headline's own
    ///   date then sits in the article's footer, or in a heading the headline search missed);
    /// - a generic date `meta` (``MetadataHeuristics/weakPublishedMetaNames``, often the page's
    ///   generation date) on a page that shows no date near its headline, when the marked dates
    ///   elsewhere all give one day (several days are a listing's).
    ///
    /// htmldate eval: 3 won, none lost; WCXB dev: 1 won, none lost.
    private func markedDate(over winner: Candidate, among all: [Candidate]) -> Candidate? {
        typealias Rank = MetadataHeuristics.DateRank
        let marked = all.filter { $0.role == .published && $0.rank == Rank.elsewhere && $0.isMarkedInBody }
        guard let first = marked.first else { return nil }
        let winnerDay = CalendarMath.days(winner.date)
        if winner.isHeadlineText && !winner.isDateline {
            let isStated = all.contains { !$0.isHeadlineText && $0.rank >= Rank.weakMeta && CalendarMath.days($0.date) == winnerDay }
            return isStated ? nil : first
        }
        if winner.rank == Rank.weakMeta, !all.contains(where: \.isNearHeadline),
            marked.allSatisfy({ CalendarMath.days($0.date) == CalendarMath.days(first.date) })
        {
            return first
        }
        return nil
    }

    /// The highest ranked candidate of `role`; of dates shown next to the headline with the same
    /// rank, the nearest (a date list or teaser may sit just before the headline's own dateline);
    /// otherwise ties go to the earlier source.
    private func best(_ all: [Candidate], _ role: Role) -> Candidate? {
        var winner: Candidate?
        for candidate in all where candidate.role == role {
            guard let current = winner else {
                winner = candidate
                continue
            }
            if candidate.rank > current.rank
                || (candidate.rank == current.rank && candidate.isNearHeadline
                    && headlineDistance(candidate) < headlineDistance(current))
            {
                winner = candidate
            }
        }
        return winner
    }

    /// Text distance from the headline to where a candidate is shown: after it as is, before it
    /// doubled (datelines follow headlines far more often than they precede them).
    private func headlineDistance(_ candidate: Candidate) -> Int {
        guard let start = candidate.textStart, let anchor = anchors.first else { return Int.max }
        if start >= anchor.textEnd { return start - anchor.textEnd }
        if start < anchor.textStart { return 2 * (anchor.textStart - start) }
        return 0
    }

    /// Every plausible candidate, in source order.
    func allCandidates() -> [Candidate] {
        var result: [Candidate] = []
        func add(_ value: String?, _ role: Role, _ rank: Int, _ source: String, explicit: Bool, shownBy element: MetadataCandidates.Element? = nil) {
            guard let value, let date = DateParser.parse(value, order: order),
                plausibility.accepts(date, explicitlyStated: explicit)
            else { return }
            result.append(Candidate(date: date, role: role, rank: rank, source: source, element: element?.node, textStart: element?.textStart))
        }
        typealias Rank = MetadataHeuristics.DateRank

        // Structured data.
        let mainIsDocument = linkedData.mainRank >= 2
        add(linkedData.published, .published, mainIsDocument ? Rank.linkedDataPublished : Rank.pagePublished,
            "json-ld:datePublished", explicit: true)
        add(linkedData.modified, .modified, mainIsDocument ? Rank.linkedDataPublished : Rank.pagePublished,
            "json-ld:dateModified", explicit: true)
        add(linkedData.created, .published, Rank.pagePublished, "json-ld:dateCreated", explicit: true)
        add(linkedData.pagePublished, .published, Rank.pagePublished, "json-ld:WebPage.datePublished", explicit: true)
        add(linkedData.pageModified, .modified, Rank.pagePublished, "json-ld:WebPage.dateModified", explicit: true)

        // meta elements.
        for (name, value) in metas.all(of: MetadataHeuristics.strongPublishedMetaNames) {
            add(value, .published, Rank.strongMeta, name, explicit: true)
        }
        for (name, value) in metas.all(of: MetadataVocabulary.publishedMetaNames) {
            let isWeak = MetadataHeuristics.weakPublishedMetaNames.contains(name)
            add(value, .published, isWeak ? Rank.weakMeta : Rank.meta, name, explicit: true)
        }
        for (name, value) in metas.all(of: MetadataVocabulary.modifiedMetaNames) {
            add(value, .modified, Rank.meta, name, explicit: true)
        }

        // Microdata and time elements.
        let excluded = MetadataCandidates.Context.peripheral
        // A listing marks every item's date as published; several different ones mean none is
        // the page's own.
        let repeatedMicrodata = Set(["datepublished", "datecreated"]).contains { name in
            distinctDays(candidates.itemProperties.filter { $0.name == name }.map { $0.attributeValue ?? "" }) > 1
        }
        let repeatedPubdate = distinctDays(candidates.times.filter(\.isMarkedPublished).map { $0.dateTime ?? "" }) > 1
        for property in candidates.itemProperties where property.element.context.isDisjoint(with: excluded) {
            let role: Role
            switch property.name {
            case "datepublished", "datecreated", "uploaddate": role = .published
            case "datemodified": role = .modified
            default: continue
            }
            let value = property.attributeValue ?? boundedText(of: property.element)
            let rank = repeatedMicrodata ? (isNearHeadline(property.element) ? Rank.nearHeadline : Rank.elsewhere) : Rank.microdata
            add(value, role, rank, "itemprop:" + property.name, explicit: true, shownBy: property.element)
        }
        var elsewhere = 0
        for time in candidates.times where time.element.context.isDisjoint(with: excluded.union(.hidden)) {
            let rank: Int
            if time.isMarkedPublished && !repeatedPubdate {
                rank = Rank.microdata
            } else if isNearHeadline(time.element) {
                rank = Rank.nearHeadline
            } else {
                // Far from the headline only the first few count (a listing has hundreds).
                elsewhere += 1
                guard elsewhere <= MetadataHeuristics.maximumDatesElsewhere else { continue }
                rank = Rank.elsewhere
            }
            let value = time.dateTime ?? boundedText(of: time.element)
            add(value, timeRole(time), rank, "time", explicit: false, shownBy: time.element)
        }

        // The URL.
        if let url, let urlDate = URLDate.find(in: url), let date = urlDate.date, plausibility.accepts(date, explicitlyStated: false) {
            result.append(Candidate(date: date, role: .published, rank: Rank.url, source: "url", element: nil))
        }

        // Text: elements whose class says date, then the text around the headline.
        elsewhere = 0
        for element in candidates.hinted where element.hints.contains(.date) && element.context.isDisjoint(with: excluded.union(.hidden)) {
            let isNear = isNearHeadline(element)
            if !isNear {
                elsewhere += 1
                guard elsewhere <= MetadataHeuristics.maximumDatesElsewhere else { continue }
            }
            guard let text = boundedText(of: element) else { continue }
            let rank = isNear ? Rank.nearHeadline : Rank.elsewhere
            for match in DateParser.matches(in: text, order: order, limit: 1)
            where plausibility.accepts(match.date, explicitlyStated: false) {
                let role = roleOfText(before: match.offset, in: text)
                result.append(Candidate(date: match.date, role: role, rank: rank, source: "date-element", element: element.node,
                    isDateline: match.isWrittenOut && text.utf8.count <= MetadataHeuristics.maximumDatelineBytes, textStart: element.textStart))
            }
        }
        result += headlineWindowCandidates()
        if !result.contains(where: { $0.role == .published }) {
            result += bylineCandidates()
            result += scriptDataCandidates()
            result += cuedTextCandidates()
        }
        return result
    }

    /// The first date written in a byline's element or its small container: the author box
    /// ("Written by Jane Doe" over "April 8, 2024") that dates a page whose header does not.
    private func bylineCandidates() -> [Candidate] {
        for byline in bylines.prefix(MetadataHeuristics.maximumBylineElementsTried) {
            var container: NodeID? = byline
            for _ in 0...MetadataHeuristics.bylineDateAncestors {
                guard let node = container,
                    let text = document.spacedText(of: node, limit: MetadataHeuristics.maximumBylineContainerBytes)
                else { break }
                if let match = DateParser.matches(in: text, order: order, limit: 1).first,
                    plausibility.accepts(match.date, explicitlyStated: false)
                {
                    let role = roleOfText(before: match.offset, in: text)
                    return [Candidate(date: match.date, role: role, rank: MetadataHeuristics.DateRank.bylineText, source: "byline-text", element: node)]
                }
                container = document.parent(of: node)
            }
        }
        return []
    }

    /// A publication date in the data of the page's scripts: the first `"publishDate": "…"`
    /// (see ``MetadataVocabulary/scriptDateKeys``) whose value is a plausible date.
    private func scriptDataCandidates() -> [Candidate] {
        var budget = MetadataHeuristics.maximumScriptDataBytes
        for script in candidates.dataScripts {
            for child in document.children(of: script) where document.kind(of: child) == .text {
                let length = document.textByteCount(of: child)
                guard length <= budget else { return [] }
                budget -= length
                let found: Candidate? = document.withTextBytes(of: child) { bytes in
                    var position = 0
                    while let (key, value) = ScriptDataScanner.nextKeyValue(in: bytes, from: &position) {
                        if let date = DateParser.parse(value, order: order), plausibility.accepts(date, explicitlyStated: true) {
                            return Candidate(date: date, role: .published, rank: MetadataHeuristics.DateRank.scriptData, source: "script:" + key)
                        }
                    }
                    return nil
                }
                if let found { return [found] }
            }
        }
        return []
    }

    /// The last resort: dates anywhere in the text outside navigation and footers that a cue
    /// word introduces ("Dieser Artikel wurde am 14. Dezember 2015", "Erschienen am:"). Asides
    /// count: an article's fact box sits in one ("Published" over the date).
    ///
    /// Only text nodes with a digit are read (with the end of the node before, where the cue may
    /// be), so the cost follows the page's numbers, not its length.
    private func cuedTextCandidates() -> [Candidate] {
        var result: [Candidate] = []
        var previous: NodeID?
        var read = 0
        var dates = 0
        var text: [UInt8] = []
        for run in candidates.textRuns where run.context.isDisjoint(with: [.navigation, .footer]) {
            defer { previous = run.node }
            let hasDigit = document.withTextBytes(of: run.node) { bytes in bytes.contains { $0 &- UInt8(ascii: "0") < 10 } }
            guard hasDigit else { continue }
            text.removeAll(keepingCapacity: true)
            if let previous {
                document.withTextBytes(of: previous) { text.append(contentsOf: $0.suffix(MetadataHeuristics.dateRoleLookBehind)) }
            }
            text.append(UInt8(ascii: " "))
            document.withTextBytes(of: run.node) { text.append(contentsOf: $0) }
            read += text.count
            let matches = text.withUnsafeBufferPointer {
                DateParser.matches(in: $0, order: order, limit: MetadataHeuristics.maximumFallbackDates)
            }
            for match in matches where plausibility.accepts(match.date, explicitlyStated: false) {
                dates += 1
                let words = wordsBefore(match.offset, in: text)
                guard words.contains(where: Self.isCue) else { continue }
                let role: Role = words.contains(where: { MetadataVocabulary.modifiedDateWords.contains($0) }) ? .modified : .published
                result.append(Candidate(date: match.date, role: role, rank: MetadataHeuristics.DateRank.cuedText, source: "cued-text", element: nil))
            }
            if read >= MetadataHeuristics.maximumFallbackTextBytes || dates >= MetadataHeuristics.maximumFallbackDates { break }
        }
        return result
    }

    private static func isCue(_ word: String) -> Bool {
        MetadataVocabulary.dateCueWords.contains(word) || MetadataVocabulary.publishedDateWords.contains(word)
            || MetadataVocabulary.modifiedDateWords.contains(word)
    }

    /// How many different days `values` parse to.
    private func distinctDays(_ values: [String]) -> Int {
        var days: Set<Int> = []
        for value in values.prefix(MetadataHeuristics.maximumTimes) {
            if let date = DateParser.parse(value, order: order) { days.insert(CalendarMath.days(date)) }
        }
        return days.count
    }

    /// Dates in the text just before and after the headline.
    private func headlineWindowCandidates() -> [Candidate] {
        var text: [UInt8] = []
        var runStarts: [(offset: Int, node: NodeID, textStart: Int)] = []
        var read: Set<Int> = []
        for anchor in anchors {
            let lower = anchor.textStart - MetadataHeuristics.dateWindowBeforeHeadline
            let upper = anchor.textEnd + MetadataHeuristics.dateWindowAfterHeadline
            // Runs are sorted by start: find the first one that ends after `lower`.
            var index = firstRun(endingAfter: lower)
            while index < candidates.textRuns.count, candidates.textRuns[index].start < upper {
                defer { index += 1 }
                guard read.insert(index).inserted else { continue }
                appendRun(index, to: &text, starts: &runStarts)
            }
        }
        var result: [Candidate] = []
        let matches = text.withUnsafeBufferPointer {
            DateParser.matches(in: $0, order: order, limit: MetadataHeuristics.maximumWindowDates)
        }
        for match in matches where plausibility.accepts(match.date, explicitlyStated: false) {
            let words = wordsBefore(match.offset, in: text)
            if let word = words.last, MetadataVocabulary.membershipDateWords.contains(word) { continue }
            let run = runStarts.last { $0.offset <= match.offset } ?? runStarts.first
            let runBytes = run.map { document.textByteCount(of: $0.node) } ?? Int.max
            result.append(Candidate(date: match.date, role: Self.role(ofWordsBefore: words), rank: MetadataHeuristics.DateRank.headlineText,
                source: "text", element: run.flatMap { document.parent(of: $0.node) },
                isDateline: match.isWrittenOut && runBytes <= MetadataHeuristics.maximumDatelineBytes, textStart: run?.textStart))
        }
        return result
    }

    /// The headline and, when it is not the first `h1`, that `h1` too.
    private var anchors: [MetadataCandidates.Element] {
        guard let anchor else { return secondaryAnchor.map { [$0] } ?? [] }
        guard let secondaryAnchor, secondaryAnchor.node != anchor.node else { return [anchor] }
        return [anchor, secondaryAnchor]
    }

    /// Appends text run `index` to a window's text, unless it is navigation.
    private func appendRun(_ index: Int, to text: inout [UInt8], starts: inout [(offset: Int, node: NodeID, textStart: Int)]) {
        let run = candidates.textRuns[index]
        // Navigation bars carry today's date. (Excluding asides and footers here too lost more
        // than it won: article headers sit in oddly named wrappers.)
        guard !run.context.contains(.navigation) else { return }
        starts.append((text.count, run.node, run.start))
        document.withTextBytes(of: run.node) { text.append(contentsOf: $0) }
        text.append(UInt8(ascii: " "))
    }

    private func firstRun(endingAfter offset: Int) -> Int {
        var low = 0
        var high = candidates.textRuns.count
        while low < high {
            let middle = (low + high) / 2
            if candidates.textRuns[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// The last few words before UTF-8 offset `offset` of `text`, lowercased.
    private func wordsBefore(_ offset: Int, in text: [UInt8]) -> [String] {
        let end = min(offset, text.count)
        let start = max(0, end - MetadataHeuristics.dateRoleLookBehind)
        let before = String(decoding: text[start..<end], as: UTF8.self).lowercased()
        return before.split(whereSeparator: { !$0.isLetter }).suffix(MetadataHeuristics.dateRoleWords).map(String.init)
    }

    private func wordsBefore(_ offset: Int, in text: String) -> [String] { wordsBefore(offset, in: Array(text.utf8)) }

    /// Whether the words just before a date say it is a modification date ("Updated …").
    private func roleOfText(before offset: Int, in text: [UInt8]) -> Role {
        Self.role(ofWordsBefore: wordsBefore(offset, in: text))
    }

    /// The role the last words before a date give it (see ``roleOfText(before:in:)``).
    private static func role(ofWordsBefore words: [String]) -> Role {
        for word in words.reversed() {
            if MetadataVocabulary.modifiedDateWords.contains(word) { return .modified }
            if MetadataVocabulary.publishedDateWords.contains(word) { return .published }
        }
        return .published
    }

    private func roleOfText(before offset: Int, in text: String) -> Role { roleOfText(before: offset, in: Array(text.utf8)) }

    private func timeRole(_ time: MetadataCandidates.Time) -> Role {
        if time.itemProperty == "datemodified" { return .modified }
        var role = Role.published
        document.withAttributeBytes(.class, of: time.element.node) { bytes in
            if Self.modifiedFragments.bits(in: bytes) != 0 { role = .modified }
        }
        return role
    }

    private static let modifiedFragments = FragmentMatcher(words: [("modified", 1), ("updated", 1)])

    private func isNearHeadline(_ element: MetadataCandidates.Element) -> Bool {
        anchors.contains { anchor in
            element.textStart >= anchor.textStart - MetadataHeuristics.dateWindowBeforeHeadline
                && element.textStart <= anchor.textEnd + MetadataHeuristics.dateWindowAfterHeadline
        }
    }

    private func boundedText(of element: MetadataCandidates.Element) -> String? {
        guard element.textEnd - element.textStart <= MetadataHeuristics.maximumDateElementBytes else { return nil }
        let text = document.textContent(of: element.node)
        return text.isEmpty ? nil : text
    }
}

/// Whether a date can be a page's: not in the future, not a placeholder, not before the web.
struct DatePlausibility: Sendable {
    /// Days since 1970 of the latest acceptable day.
    let latestDay: Int?

    init(now: ArticleDate?) {
        latestDay = now.map { CalendarMath.days($0) + DateHeuristics.futureToleranceDays }
    }

    /// Whether `date` is plausible; `explicitlyStated` dates (the page's metadata names them as
    /// the publication date) may be older than ``DateHeuristics/earliestPlausibleYear``.
    func accepts(_ date: ArticleDate, explicitlyStated: Bool) -> Bool {
        if date.year == 1970 && date.month == 1 && date.day == 1 { return false }
        if !explicitlyStated && date.year < DateHeuristics.earliestPlausibleYear { return false }
        if let latestDay, CalendarMath.days(date) > latestDay { return false }
        return true
    }
}
