import PithHTML

/// Computes each element's own ``ElementTraits`` from its tag, attributes, class, id and role.
struct ElementClassifier {
    let document: Document
    private let roleName: LocalName?
    private let itempropName: LocalName?
    private let ariaHiddenName: LocalName?

    init(document: Document) {
        self.document = document
        roleName = LocalName.role
        itempropName = document.localName("itemprop")
        ariaHiddenName = LocalName.ariaHidden
    }

    /// The element's own traits (not yet combined with its ancestors').
    func traits(of element: NodeID) -> ElementTraits {
        let name = document.name(of: element)
        guard document.namespace(of: element) == .html else { return .skipped }
        var traits: ElementTraits = []
        if ElementVocabulary.skippedTags.contains(name) { return .skipped }
        if isHidden(element) { traits.insert(.hidden) }
        if ElementVocabulary.blockTags.contains(name) || !(ElementVocabulary.inlineTags.contains(name)) {
            traits.insert(.block)
        }
        switch name {
        case .a where document.hasAttribute(.href, of: element): traits.insert(.link)
        case .nav, .footer, .aside: traits.insert(.frame)
        case .article, .main: traits.insert(.contentElement)
        case .header: traits.insert(.header)
        case .li, .dd, .dt: traits.insert(.listItem)
        case .td, .th: traits.insert(.tableCell)
        case .blockquote: traits.insert(.quote)
        case .pre, .listing, .xmp, .plaintext: traits.insert(.preformatted)
        case .h1, .h2, .h3, .h4, .h5, .h6: traits.insert(.heading)
        case .form: traits.insert(.form)
        case .figcaption, .caption: traits.insert(.caption)
        case .noscript: traits.insert(.noscript)
        case .b, .strong, .i, .em, .code, .tt, .kbd, .samp: traits.insert(.inlineMarkup)
        default: break
        }
        if let role = document.attribute(.role, of: element)?.lowercased() {
            if ElementVocabulary.frameRoles.contains(role) { traits.insert(.frame) }
            if role == "main" || role == "article" { traits.insert(.contentElement) }
        }
        if let itempropName, let itemprop = document.attribute(itempropName, of: element), itemprop.contains("articleBody") {
            traits.insert(.contentElement)
        }
        traits.formUnion(nameTraits(of: element))
        return traits
    }

    /// Whether the element is hidden from readers: `hidden`, `aria-hidden="true"`, an inline
    /// `display:none` / `visibility:hidden` style, or a screen-reader-only class.
    private func isHidden(_ element: NodeID) -> Bool {
        if document.hasAttribute(.hidden, of: element) { return true }
        if let ariaHidden = ariaHiddenName.flatMap({ document.attribute($0, of: element) }), ariaHidden == "true" { return true }
        if let style = document.attribute(.style, of: element) {
            let compact = style.lowercased().filter { !$0.isWhitespace }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        if let classes = document.attribute(.class, of: element) {
            for token in classes.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            where ElementVocabulary.hiddenTextWords.contains(String(token)) {
                return true
            }
        }
        return false
    }

    /// Traits from the words of the class and id attributes.
    private func nameTraits(of element: NodeID) -> ElementTraits {
        var traits: ElementTraits = []
        for attribute in [LocalName.class, LocalName.id] {
            guard let value = document.attribute(attribute, of: element), !value.isEmpty else { continue }
            for word in ClassWords.words(of: value) {
                if ElementVocabulary.boilerplateWords.contains(word) { traits.insert(.boilerplateName) }
                if ElementVocabulary.commentWords.contains(word) { traits.insert(.comments) }
                if ElementVocabulary.contentWords.contains(word) { traits.insert(.contentName) }
            }
        }
        return traits
    }
}

/// Splits class and id values into lowercase words: `post-content shareButtons` → post, content,
/// share, buttons. Words of one character and numbers (`col-4`, `item-608`) are dropped: they name
/// layouts and instances, not purposes.
enum ClassWords {
    static func words(of value: String) -> [String] {
        rawWords(of: value).filter { word in word.count > 1 && !word.allSatisfy(\.isNumber) }
    }

    private static func rawWords(of value: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in value {
            if character.isLetter || character.isNumber {
                if character.isUppercase && previousWasLower && !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(Character(character.lowercased()))
                previousWasLower = character.isLowercase || character.isNumber
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
