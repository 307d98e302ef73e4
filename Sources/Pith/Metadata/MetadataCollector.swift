internal import PithHTML

/// Gathers ``MetadataCandidates`` from a document in one pre-order walk.
///
/// The walk keeps an explicit stack of open elements with their inherited ``Context``; it never
/// recurses, and each list it fills is capped (``MetadataHeuristics`` gives the caps), so the work
/// per page is bounded by the node count.
struct MetadataCollector {
    private let document: Document
    private var candidates = MetadataCandidates()

    /// An open element: its context and the candidate entries whose text end is still open.
    private struct Frame {
        var node: NodeID
        var context: MetadataCandidates.Context
        /// `itemtype` of the nearest enclosing item scope (for descendants).
        var scopeType: String?
        var heading = -1
        var hinted = -1
        var time = -1
        /// The item properties this element added (one per `itemprop` token).
        var itemProperties = 0..<0
        /// The class-marked aside region the element is in, or -1.
        var asideRegion: Int32 = -1
        /// Whether the element opened that region.
        var opensRegion = false
    }

    private var frames: [Frame] = []
    private let pubdateName: LocalName?
    private let ariaHiddenName = LocalName.ariaHidden
    private var scratch: [UInt8] = []
    private var linkedDataBytes = 0

    private init(document: Document) {
        self.document = document
        self.pubdateName = document.localName("pubdate")
    }

    /// The candidates of `document`.
    static func collect(_ document: Document) -> MetadataCandidates {
        var collector = MetadataCollector(document: document)
        collector.run()
        collector.resolveAsideRegions()
        return collector.candidates
    }

    /// Decides which class-marked regions are asides, now that their sizes are known, and marks
    /// the candidates inside them.
    private mutating func resolveAsideRegions() {
        guard !candidates.asideRegions.isEmpty else { return }
        let limit = Double(candidates.textLength) * MetadataHeuristics.maximumAsideShare
        let headlines = candidates.headings.indices.filter { candidates.headingLevels[$0] == 1 }.map { candidates.headings[$0] }
        for index in candidates.asideRegions.indices {
            let region = candidates.asideRegions[index]
            let holdsHeadline = headlines.contains { $0.textStart >= region.textStart && $0.textEnd <= region.textEnd && $0.textEnd > $0.textStart }
            candidates.asideRegions[index].isAside = !holdsHeadline && Double(region.textEnd - region.textStart) <= limit
        }
        let isAside = candidates.asideRegions.map(\.isAside)
        func mark(_ element: inout MetadataCandidates.Element) {
            if element.asideRegion >= 0, isAside[Int(element.asideRegion)] { element.context.insert(.aside) }
        }
        for index in candidates.headings.indices { mark(&candidates.headings[index]) }
        for index in candidates.hinted.indices { mark(&candidates.hinted[index]) }
        for index in candidates.times.indices { mark(&candidates.times[index].element) }
        for index in candidates.itemProperties.indices { mark(&candidates.itemProperties[index].element) }
        for index in candidates.textRuns.indices where candidates.textRuns[index].asideRegion >= 0 {
            if isAside[Int(candidates.textRuns[index].asideRegion)] { candidates.textRuns[index].context.insert(.aside) }
        }
    }

    private mutating func run() {
        frames.reserveCapacity(64)
        for event in document.walk(from: .document) {
            switch event {
            case .enter(let node):
                switch document.kind(of: node) {
                case .element: enter(node)
                case .text: visitText(node)
                default: break
                }
            case .leave(let node):
                guard document.kind(of: node) == .element, let frame = frames.popLast() else { continue }
                let end = candidates.textLength
                if frame.opensRegion { candidates.asideRegions[Int(frame.asideRegion)].textEnd = end }
                if frame.heading >= 0 { candidates.headings[frame.heading].textEnd = end }
                if frame.hinted >= 0 { candidates.hinted[frame.hinted].textEnd = end }
                if frame.time >= 0 { candidates.times[frame.time].element.textEnd = end }
                for index in frame.itemProperties { candidates.itemProperties[index].element.textEnd = end }
            }
        }
    }

    // MARK: - Text

    private mutating func visitText(_ node: NodeID) {
        let context = frames.last?.context ?? []
        guard context.isDisjoint(with: [.head, .hidden, .foreign]) else { return }
        let region = frames.last?.asideRegion ?? -1
        let length = document.textByteCount(of: node)
        let isBlank = document.withTextBytes(of: node) { bytes in
            bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }
        }
        guard !isBlank else { return }
        candidates.textRuns.append(
            MetadataCandidates.TextRun(node: node, start: candidates.textLength, context: context, asideRegion: region)
        )
        // One byte for the gap between text nodes, so adjacent runs do not run words together.
        candidates.textLength += length + 1
    }

    // MARK: - Elements

    private mutating func enter(_ node: NodeID) {
        let parent = frames.last
        var context = parent?.context ?? []
        var frame = Frame(node: node, context: context, scopeType: parent?.scopeType, asideRegion: parent?.asideRegion ?? -1)
        let name = document.name(of: node)
        let isHTML = document.namespace(of: node) == .html

        if !isHTML {
            context.insert(.foreign)
        } else {
            context.formUnion(Self.context(of: name))
        }
        if document.hasAttribute(.hidden, of: node)
            || document.withAttributeBytes(ariaHiddenName, of: node, { Self.equalsIgnoringCase($0, "true") }) == true
        {
            context.insert(.hidden)
        }
        if let role = document.attribute(.role, of: node) { context.formUnion(Self.context(ofRole: role)) }
        // The root's and body's classes describe the page ("has-sidebar", "comments-open"), and an
        // article's its own kind; neither makes them a sidebar or comment.
        var hints = isHTML && (name == .html || name == .body) ? [] : classHints(of: node)
        if isHTML && (name == .article || name == .main) { hints.subtract([.aside, .footer]) }
        let start = candidates.textLength
        if hints.contains(.aside), frame.asideRegion < 0 {
            frame.asideRegion = Int32(candidates.asideRegions.count)
            frame.opensRegion = true
            candidates.asideRegions.append(MetadataCandidates.Region(node: node, textStart: start, textEnd: start))
        }
        if hints.contains(.footer) || (isHTML && name == .footer) {
            // An article's own footer (WordPress's `entry-footer`, "Posted on …") belongs to it;
            // the page's does not.
            if !context.contains(.article) { context.insert(.footer) }
        }
        let element = MetadataCandidates.Element(
            node: node, textStart: start, textEnd: start, context: context, hints: hints, asideRegion: frame.asideRegion
        )

        if isHTML {
            switch name {
            case .html:
                candidates.documentLanguage = document.attribute(.lang, of: node) ?? document.attribute(.xmlLang, of: node)
            case .title where candidates.documentTitle == nil && !context.contains(.foreign):
                candidates.documentTitle = document.textContent(of: node)
            case .meta:
                collectMeta(node, element: element, scopeType: parent?.scopeType)
            case .link:
                collectLink(node)
            case .script:
                collectScript(node)
            case .time:
                if candidates.times.count < MetadataHeuristics.maximumTimes {
                    frame.time = candidates.times.count
                    candidates.times.append(
                        MetadataCandidates.Time(
                            element: element,
                            dateTime: document.attribute(.datetime, of: node),
                            isMarkedPublished: pubdateName.map { document.hasAttribute($0, of: node) } ?? false,
                            itemProperty: document.attribute(.itemprop, of: node)?.lowercased()
                        )
                    )
                }
            case .h1, .h2, .h3:
                if candidates.headings.count < MetadataHeuristics.maximumHeadings, !context.contains(.hidden) {
                    frame.heading = candidates.headings.count
                    candidates.headings.append(element)
                    candidates.headingLevels.append(name == .h1 ? 1 : name == .h2 ? 2 : 3)
                }
            default:
                if hints.contains(.headline), candidates.headings.count < MetadataHeuristics.maximumHeadings,
                    !context.contains(.hidden)
                {
                    frame.heading = candidates.headings.count
                    candidates.headings.append(element)
                    candidates.headingLevels.append(0)
                }
            }
        }

        var isByline = hints.contains(.byline)
        if name == .a || name == .link, let rel = document.attribute(.rel, of: node), Self.hasToken(rel, "author") {
            isByline = true
        }
        if isByline || hints.contains(.date), name != .time, !context.contains(.head),
            candidates.hinted.count < MetadataHeuristics.maximumHintedElements
        {
            var hinted = element
            if isByline { hinted.hints.insert(.byline) }
            frame.hinted = candidates.hinted.count
            candidates.hinted.append(hinted)
        }
        if isByline { context.insert(.byline) }

        if name != .meta, let property = document.attribute(.itemprop, of: node),
            candidates.itemProperties.count < MetadataHeuristics.maximumItemProperties
        {
            let first = candidates.itemProperties.count
            for token in property.lowercased().split(separator: " ") {
                candidates.itemProperties.append(
                    MetadataCandidates.ItemProperty(
                        element: element,
                        name: String(token),
                        attributeValue: itemValue(of: node, name: name),
                        scopeType: parent?.scopeType
                    )
                )
            }
            frame.itemProperties = first..<candidates.itemProperties.count
        }
        // RDFa on body elements: `<span property="schema:dateCreated" content="…">`.
        if name != .meta, let property = document.attribute(.property, of: node),
            let content = document.attribute(.content, of: node),
            candidates.itemProperties.count < MetadataHeuristics.maximumItemProperties
        {
            for token in property.lowercased().split(separator: " ") {
                let bare = token.split(separator: ":").last.map(String.init) ?? String(token)
                candidates.itemProperties.append(
                    MetadataCandidates.ItemProperty(element: element, name: bare, attributeValue: content, scopeType: parent?.scopeType)
                )
            }
        }
        if document.hasAttribute(.itemscope, of: node) {
            frame.scopeType = document.attribute(.itemtype, of: node).map(Self.schemaType(ofItemType:))
        }
        frame.context = context
        frames.append(frame)
    }

    private mutating func collectMeta(_ node: NodeID, element: MetadataCandidates.Element, scopeType: String?) {
        guard candidates.metas.count < MetadataHeuristics.maximumMetas,
            let content = document.attribute(.content, of: node) ?? document.attribute(.value, of: node)
        else { return }
        for attribute in [LocalName.name, .property, .httpEquiv] {
            guard let key = document.attribute(attribute, of: node), !key.isEmpty else { continue }
            // RDFa lets `property` hold several names ("og:title twitter:title").
            for token in key.split(separator: " ") {
                candidates.metas.append(MetadataCandidates.Meta(key: token.lowercased(), value: content, node: node))
            }
        }
        if let property = document.attribute(.itemprop, of: node),
            candidates.itemProperties.count < MetadataHeuristics.maximumItemProperties
        {
            for token in property.lowercased().split(separator: " ") {
                candidates.itemProperties.append(
                    MetadataCandidates.ItemProperty(element: element, name: String(token), attributeValue: content, scopeType: scopeType)
                )
            }
        }
    }

    private mutating func collectLink(_ node: NodeID) {
        guard candidates.links.count < MetadataHeuristics.maximumLinks, let rel = document.attribute(.rel, of: node),
            let target = document.attribute(.href, of: node)
        else { return }
        for token in rel.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            candidates.links.append(MetadataCandidates.Link(relation: String(token), target: target))
        }
    }

    private mutating func collectScript(_ node: NodeID) {
        guard let type = document.attribute(.type, of: node), type.lowercased().contains("ld+json") else { return }
        for child in document.children(of: node) where document.kind(of: child) == .text {
            let length = document.textByteCount(of: child)
            guard linkedDataBytes + length <= MetadataHeuristics.maximumLinkedDataBytes else { return }
            linkedDataBytes += length
            document.withTextBytes(of: child) { JSONReader.read($0, into: &candidates.linkedData) }
        }
    }

    /// The value of a microdata property that an attribute carries (HTML's microdata "property
    /// value" rules, loosely: `content` first, then the element's own value attribute).
    private func itemValue(of node: NodeID, name: LocalName) -> String? {
        if let content = document.attribute(.content, of: node) { return content }
        switch name {
        case .time: return document.attribute(.datetime, of: node)
        case .a, .link, .area: return document.attribute(.href, of: node)
        case .img, .audio, .video, .source, .iframe, .embed: return document.attribute(.src, of: node)
        case .data, .meter: return document.attribute(.value, of: node)
        default: return nil
        }
    }

    // MARK: - Classes

    /// What `node`'s `class` and `id` say about it.
    private mutating func classHints(of node: NodeID) -> MetadataCandidates.Hints {
        var hints: MetadataCandidates.Hints = []
        for attribute in [LocalName.class, .id] {
            document.withAttributeBytes(attribute, of: node) { bytes in
                guard !bytes.isEmpty, bytes.count <= MetadataHeuristics.maximumClassBytes else { return }
                if FragmentMatcher.matches(bytes, Self.bylineFragments) { hints.insert(.byline) }
                if FragmentMatcher.matches(bytes, Self.dateFragments) { hints.insert(.date) }
                if FragmentMatcher.matches(bytes, Self.headlineFragments) { hints.insert(.headline) }
                if FragmentMatcher.matches(bytes, Self.asideFragments) { hints.insert(.aside) }
                if FragmentMatcher.matchesTokenStart(bytes, Self.footerFragments) { hints.insert(.footer) }
            }
        }
        return hints
    }

    private static let bylineFragments = MetadataVocabulary.bylineClassFragments.map { Array($0.utf8) }
    private static let dateFragments = MetadataVocabulary.dateClassFragments.map { Array($0.utf8) }
    private static let headlineFragments = MetadataVocabulary.headlineClassFragments.map { Array($0.utf8) }
    private static let asideFragments = MetadataVocabulary.asideClassFragments.map { Array($0.utf8) }
    private static let footerFragments = MetadataVocabulary.footerClassFragments.map { Array($0.utf8) }

    // MARK: - Helpers

    private static func context(of name: LocalName) -> MetadataCandidates.Context {
        switch name {
        case .head: return .head
        case .header: return .header
        case .nav: return .navigation
        case .aside: return .aside
        case .article: return .article
        case .main: return .main
        case .a: return .link
        case .form, .button, .select, .label: return .form
        case .script, .style, .template, .noscript, .iframe, .object: return .hidden
        default: return []
        }
    }

    private static func context(ofRole role: String) -> MetadataCandidates.Context {
        switch role.lowercased() {
        case "navigation", "menubar", "menu": return .navigation
        case "contentinfo": return .footer
        case "complementary": return .aside
        case "main": return .main
        case "article": return .article
        default: return []
        }
    }

    /// `https://schema.org/NewsArticle` → `newsarticle`.
    private static func schemaType(ofItemType itemType: String) -> String {
        let first = itemType.split(separator: " ").first ?? ""
        let last = first.split(separator: "/").last ?? first
        return last.lowercased()
    }

    private static func hasToken(_ list: String, _ token: String) -> Bool {
        list.lowercased().split(separator: " ").contains { $0 == token }
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ ascii: StaticString) -> Bool {
        guard bytes.count == ascii.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
        return zip(bytes, expected).allSatisfy { ($0 | 0x20) == $1 }
    }
}
