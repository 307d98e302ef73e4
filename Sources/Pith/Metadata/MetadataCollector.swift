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
        /// `itemtype` of the nearest enclosing item scope (for descendants), as an index in
        /// `scopeTypes`, or -1.
        var scopeType: Int32 = -1
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
    /// The item types met, for ``Frame/scopeType``.
    private var scopeTypes: [String] = []
    private let pubdateName: LocalName?
    private var scratch: [UInt8] = []
    private var linkedDataBytes = 0

    /// The document's character buffer, for reading attribute values and text without copying.
    private let characters: UnsafeBufferPointer<UInt8>
    // The static tables, held by the instance so the walk reads them without lazy-global checks.
    private let traitTable = MetadataElementTraits.table
    private let classFragments = Self.classFragments
    private let readAttributes = Self.readAttributes

    private init(document: Document, characters: UnsafeBufferPointer<UInt8>) {
        self.document = document
        self.characters = characters
        self.pubdateName = document.localName("pubdate")
    }

    /// The candidates of `document`.
    static func collect(_ document: Document) -> MetadataCandidates {
        document.characters.withUnsafeBufferPointer { characters in
            // SAFETY: the collector lives only inside this closure, so the buffer outlives every
            // use; slices of it are taken with checked `rebasing` ranges from the document's own
            // records.
            var collector = MetadataCollector(document: document, characters: characters)
            collector.run()
            collector.resolveAsideRegions()
            return collector.candidates
        }
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

    /// A pre-order walk over the arena's links (as ``Document/walk(from:)``, without its events),
    /// entering elements and text and leaving elements.
    private mutating func run() {
        frames.reserveCapacity(64)
        let none = NodeRecord.none
        var node = document.nodes[0].firstChild
        while node != none {
            let record = document.nodes[Int(node)]
            switch record.kind {
            case .element: enter(NodeID(node), record)
            case .text: visitText(NodeID(node), record)
            default: break
            }
            if record.kind == .element, record.firstChild != none {
                node = record.firstChild
                continue
            }
            var leaving = node
            while true {
                let leavingRecord = document.nodes[Int(leaving)]
                if leavingRecord.kind == .element { leave(NodeID(leaving)) }
                if leavingRecord.nextSibling != none {
                    node = leavingRecord.nextSibling
                    break
                }
                leaving = leavingRecord.parent
                if leaving == none || leaving == 0 {
                    node = none
                    break
                }
            }
        }
    }

    private mutating func leave(_ node: NodeID) {
        guard let frame = frames.last, frame.node == node else { return }
        frames.removeLast()
        let end = candidates.textLength
        if frame.opensRegion { candidates.asideRegions[Int(frame.asideRegion)].textEnd = end }
        if frame.heading >= 0 { candidates.headings[frame.heading].textEnd = end }
        if frame.hinted >= 0 { candidates.hinted[frame.hinted].textEnd = end }
        if frame.time >= 0 { candidates.times[frame.time].element.textEnd = end }
        for index in frame.itemProperties { candidates.itemProperties[index].element.textEnd = end }
    }

    // MARK: - Text

    private mutating func visitText(_ node: NodeID, _ record: NodeRecord) {
        let context = frames.last?.context ?? []
        guard context.isDisjoint(with: [.head, .hidden, .foreign]) else { return }
        let bytes = UnsafeBufferPointer(rebasing: characters[Int(record.start)..<Int(record.start + record.count)])
        // A plain loop: `contains(where:)` called its closure per byte, and white-space-only text
        // (indentation between elements) is read to its end.
        var index = 0
        while index < bytes.count, Self.isHTMLSpace(bytes[index]) { index += 1 }
        guard index < bytes.count else { return }
        candidates.textRuns.append(
            MetadataCandidates.TextRun(
                node: node, start: candidates.textLength, context: context, asideRegion: frames.last?.asideRegion ?? -1
            )
        )
        // One byte for the gap between text nodes, so adjacent runs do not run words together.
        candidates.textLength += bytes.count + 1
    }

    // MARK: - Elements

    /// Where the attributes the collector reads are, found in one pass over an element's
    /// attributes (indices into the document's attribute records, -1 when absent).
    private struct AttributeIndices {
        var `class` = -1
        var id = -1
        var role = -1
        var itemprop = -1
        var property = -1
        var content = -1
        var itemtype = -1
        var rel = -1
        var isHidden = false
        var hasItemScope = false
        var hasPubdate = false
    }

    /// The attributes ``AttributeIndices`` records.
    private enum ReadAttribute: UInt8 {
        case other, `class`, id, role, itemprop, property, content, itemtype, itemscope, rel, hidden, ariaHidden
    }

    /// ``ReadAttribute`` by static name atom: one array read per attribute instead of a `switch`
    /// that reads each `LocalName` constant through its accessor.
    private static let readAttributes: [ReadAttribute] = {
        var table = [ReadAttribute](repeating: .other, count: Int(LocalName.staticCount))
        let names: [(LocalName, ReadAttribute)] = [
            (.class, .class), (.id, .id), (.role, .role), (.itemprop, .itemprop), (.property, .property),
            (.content, .content), (.itemtype, .itemtype), (.itemscope, .itemscope), (.rel, .rel), (.hidden, .hidden),
            (.ariaHidden, .ariaHidden),
        ]
        for (name, attribute) in names { table[Int(name.rawValue)] = attribute }
        return table
    }()

    private func attributeIndices(of record: NodeRecord) -> AttributeIndices {
        var indices = AttributeIndices()
        for index in Int(record.start)..<Int(record.start + record.count) {
            let record = document.attributes[index]
            guard record.namespace == .none else { continue }
            let name = Int(record.name.rawValue)
            switch name < readAttributes.count ? readAttributes[name] : .other {
            case .class: indices.class = index
            case .id: indices.id = index
            case .role: indices.role = index
            case .itemprop: indices.itemprop = index
            case .property: indices.property = index
            case .content: indices.content = index
            case .itemtype: indices.itemtype = index
            case .itemscope: indices.hasItemScope = true
            case .rel: indices.rel = index
            case .hidden: indices.isHidden = true
            case .ariaHidden:
                indices.isHidden = indices.isHidden || withValue(index) { Self.equalsIgnoringCase($0, "true") }
            case .other:
                if record.name == pubdateName { indices.hasPubdate = true }
            }
        }
        return indices
    }

    private func withValue<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let record = document.attributes[index]
        return body(UnsafeBufferPointer(rebasing: characters[Int(record.valueStart)..<Int(record.valueStart + record.valueLength)]))
    }

    private func value(_ index: Int) -> String? { index < 0 ? nil : document.attributeValue(at: index) }

    private mutating func enter(_ node: NodeID, _ record: NodeRecord) {
        let parent = frames.last
        var context = parent?.context ?? []
        var frame = Frame(node: node, context: context, scopeType: parent?.scopeType ?? -1, asideRegion: parent?.asideRegion ?? -1)
        let name = record.name
        guard record.namespace == .html else {
            // SVG and MathML hold no metadata; their titles are not the page's.
            context.insert(.foreign)
            frame.context = context
            frames.append(frame)
            return
        }
        let traits = name.rawValue < traitTable.count ? traitTable[Int(name.rawValue)] : MetadataElementTraits()
        context.formUnion(traits.context)
        let attributes = attributeIndices(of: record)
        if attributes.isHidden { context.insert(.hidden) }
        if attributes.role >= 0 { context.formUnion(withValue(attributes.role, Self.context(ofRole:))) }
        // The root's and body's classes describe the page ("has-sidebar", "comments-open"), and an
        // article's its own kind; neither makes them a sidebar or comment.
        // Inside navigation, footers, asides, forms and hidden parts nothing is a candidate: their
        // classes go unread.
        var hints: MetadataCandidates.Hints =
            traits.ignoresClasses || !context.isDisjoint(with: Self.unreadContexts) ? [] : classHints(attributes)
        if traits.role == .article || traits.role == .main { hints.subtract([.aside, .footer]) }
        let start = candidates.textLength
        if hints.contains(.aside), frame.asideRegion < 0 {
            frame.asideRegion = Int32(candidates.asideRegions.count)
            frame.opensRegion = true
            candidates.asideRegions.append(MetadataCandidates.Region(node: node, textStart: start, textEnd: start))
        }
        if hints.contains(.footer) || traits.role == .footer {
            // An article's own footer (WordPress's `entry-footer`, "Posted on …") belongs to it;
            // the page's does not.
            if !context.contains(.article) { context.insert(.footer) }
        }
        let element = MetadataCandidates.Element(
            node: node, textStart: start, textEnd: start, context: context, hints: hints, asideRegion: frame.asideRegion
        )

        switch traits.role {
        case .html:
            candidates.documentLanguage = document.attribute(.lang, of: node) ?? document.attribute(.xmlLang, of: node)
        case .title where candidates.documentTitle == nil:
            candidates.documentTitle = document.textContent(of: node)
        case .meta:
            collectMeta(node, attributes: attributes, element: element, scopeType: scopeTypeName(frame.scopeType))
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
                        isMarkedPublished: attributes.hasPubdate,
                        itemProperty: value(attributes.itemprop)?.lowercased()
                    )
                )
            }
        case .heading1, .heading2, .heading3:
            if candidates.headings.count < MetadataHeuristics.maximumHeadings, !context.contains(.hidden) {
                frame.heading = candidates.headings.count
                candidates.headings.append(element)
                candidates.headingLevels.append(traits.role == .heading1 ? 1 : traits.role == .heading2 ? 2 : 3)
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

        var isByline = hints.contains(.byline)
        if (traits.role == .anchor || traits.role == .link) && attributes.rel >= 0
            && withValue(attributes.rel, Self.containsAuthorToken)
        {
            isByline = true
        }
        if isByline || hints.contains(.date), traits.role != .time, !context.contains(.head),
            candidates.hinted.count < MetadataHeuristics.maximumHintedElements
        {
            var hinted = element
            if isByline { hinted.hints.insert(.byline) }
            frame.hinted = candidates.hinted.count
            candidates.hinted.append(hinted)
        }
        if isByline { context.insert(.byline) }

        if traits.role != .meta, attributes.itemprop >= 0, let property = value(attributes.itemprop),
            candidates.itemProperties.count < MetadataHeuristics.maximumItemProperties
        {
            let first = candidates.itemProperties.count
            let attributeValue = attributes.content >= 0 ? value(attributes.content) : itemValue(of: node, name: name)
            for token in Self.spaceSeparatedTokens(property.lowercased()) {
                candidates.itemProperties.append(
                    MetadataCandidates.ItemProperty(
                        element: element, name: String(token), attributeValue: attributeValue,
                        scopeType: scopeTypeName(frame.scopeType)
                    )
                )
            }
            frame.itemProperties = first..<candidates.itemProperties.count
        }
        // RDFa on body elements: `<span property="schema:dateCreated" content="…">`.
        if traits.role != .meta, attributes.property >= 0, attributes.content >= 0, let property = value(attributes.property),
            let content = value(attributes.content), candidates.itemProperties.count < MetadataHeuristics.maximumItemProperties
        {
            for token in Self.spaceSeparatedTokens(property.lowercased()) {
                let bare = token.split(separator: ":").last.map(String.init) ?? String(token)
                candidates.itemProperties.append(
                    MetadataCandidates.ItemProperty(
                        element: element, name: bare, attributeValue: content, scopeType: scopeTypeName(frame.scopeType)
                    )
                )
            }
        }
        if attributes.hasItemScope {
            if let type = value(attributes.itemtype).map(Self.schemaType(ofItemType:)) {
                frame.scopeType = Int32(scopeTypes.count)
                scopeTypes.append(type)
            } else {
                frame.scopeType = -1
            }
        }
        frame.context = context
        frames.append(frame)
    }

    /// The item type at index `index` of ``scopeTypes``, read only where a property needs it.
    private func scopeTypeName(_ index: Int32) -> String? { index < 0 ? nil : scopeTypes[Int(index)] }

    private mutating func collectMeta(
        _ node: NodeID,
        attributes: AttributeIndices,
        element: MetadataCandidates.Element,
        scopeType: String?
    ) {
        guard candidates.metas.count < MetadataHeuristics.maximumMetas,
            let content = value(attributes.content) ?? document.attribute(.value, of: node)
        else { return }
        for key in [document.attribute(.name, of: node), value(attributes.property), document.attribute(.httpEquiv, of: node)] {
            guard let key, !key.isEmpty else { continue }
            // RDFa lets `property` hold several names ("og:title twitter:title").
            for token in Self.spaceSeparatedTokens(key) {
                candidates.metas.append(MetadataCandidates.Meta(key: token.lowercased(), value: content, node: node))
            }
        }
        if let property = value(attributes.itemprop), candidates.itemProperties.count < MetadataHeuristics.maximumItemProperties {
            for token in Self.spaceSeparatedTokens(property.lowercased()) {
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
        let relations = rel.lowercased()
        // Most `rel`s are one word: without a separator byte there is no separator character.
        guard relations.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }) else {
            if !relations.isEmpty { candidates.links.append(MetadataCandidates.Link(relation: relations, target: target)) }
            return
        }
        for token in relations.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            candidates.links.append(MetadataCandidates.Link(relation: String(token), target: target))
        }
    }

    private mutating func collectScript(_ node: NodeID) {
        let type = document.attribute(.type, of: node)?.lowercased()
        guard let type, Self.contains(type, "ld+json") else {
            // Other scripts may hold the page's data as JSON (`"datePublished": …`): kept for the
            // last-resort date scan.
            if type.map(Self.isDataScriptType) ?? true, candidates.dataScripts.count < MetadataHeuristics.maximumDataScripts {
                candidates.dataScripts.append(node)
            }
            return
        }
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

    /// What an element's `class` and `id` say about it.
    private func classHints(_ attributes: AttributeIndices) -> MetadataCandidates.Hints {
        var bits: UInt8 = 0
        if attributes.class >= 0 { bits |= withValue(attributes.class, fragmentBits) }
        if attributes.id >= 0 { bits |= withValue(attributes.id, fragmentBits) }
        return MetadataCandidates.Hints(rawValue: bits)
    }

    private func fragmentBits(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard !bytes.isEmpty, bytes.count <= MetadataHeuristics.maximumClassBytes else { return 0 }
        return classFragments.bits(in: bytes)
    }

    /// Contexts whose elements' classes are not read.
    private static let unreadContexts: MetadataCandidates.Context = [.navigation, .footer, .aside, .hidden, .form, .head]

    private static let classFragments = FragmentMatcher(
        words: MetadataVocabulary.bylineClassFragments.map { ($0, MetadataCandidates.Hints.byline.rawValue) }
            + MetadataVocabulary.dateClassFragments.map { ($0, MetadataCandidates.Hints.date.rawValue) }
            + MetadataVocabulary.headlineClassFragments.map { ($0, MetadataCandidates.Hints.headline.rawValue) }
            + MetadataVocabulary.asideClassFragments.map { ($0, MetadataCandidates.Hints.aside.rawValue) },
        tokens: MetadataVocabulary.footerClassFragments.map { ($0, MetadataCandidates.Hints.footer.rawValue) }
    )

    // MARK: - Helpers

    private static func context(ofRole bytes: UnsafeBufferPointer<UInt8>) -> MetadataCandidates.Context {
        guard bytes.count <= 16 else { return [] }
        switch String(decoding: bytes, as: UTF8.self).lowercased() {
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
        let first = spaceSeparatedTokens(itemType).first ?? ""
        let last = first.split(separator: "/").last ?? first
        return last.lowercased()
    }

    /// Script types that may carry page data: JavaScript (which embeds state objects) and JSON.
    private static func isDataScriptType(_ type: String) -> Bool {
        type.isEmpty || contains(type, "javascript") || contains(type, "json") || type == "module"
    }

    /// `text.contains(needle)`, searching bytes when `text` is ASCII: there every character is
    /// one byte (a CR LF pair aside, which no needle here holds), so the byte search finds the
    /// same match without `String.contains`'s generic per-character search, which cost more than
    /// a tenth of metadata extraction on pages with many scripts.
    private static func contains(_ text: String, _ needle: StaticString) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.contains(needle.description) }
        var text = text
        return text.withUTF8 { containsBytes($0, needle) }
    }

    /// `value.split(separator: " ")`; a value without a space byte (most) is one token, found
    /// without splitting by characters.
    private static func spaceSeparatedTokens(_ value: String) -> [Substring] {
        guard value.utf8.contains(UInt8(ascii: " ")) else { return value.isEmpty ? [] : [value[...]] }
        return value.split(separator: " ")
    }

    /// Whether a `rel` value has the token `author`.
    private static func containsAuthorToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        authorMatcher.bits(in: bytes) != 0
    }

    private static let authorMatcher = FragmentMatcher(words: [], tokens: [("author", 1)])

    @inline(__always)
    private static func isHTMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ ascii: StaticString) -> Bool {
        guard bytes.count == ascii.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
        return zip(bytes, expected).allSatisfy { ($0 | 0x20) == $1 }
    }
}
