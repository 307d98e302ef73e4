import PithHTML

/// Computes each element's own ``ElementTraits`` from its tag, attributes, class, id and role,
/// in one pass over the element's attributes, on their bytes.
struct ElementClassifier {
    let document: Document
    private let itempropName: LocalName?

    init(document: Document) {
        self.document = document
        itempropName = document.localName("itemprop")
    }

    /// The element's own traits (not yet combined with its ancestors').
    func traits(of element: NodeID) -> ElementTraits {
        let name = document.name(of: element)
        guard document.namespace(of: element) == .html else { return .skipped }
        if ElementVocabulary.skippedTags.contains(name) { return .skipped }
        var traits: ElementTraits = []
        if ElementVocabulary.blockTags.contains(name) || !ElementVocabulary.inlineTags.contains(name) {
            traits.insert(.block)
        }
        switch name {
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
        for index in document.attributeRange(of: element) {
            let attribute = document.attributes[index]
            guard attribute.namespace == .none else { continue }
            document.withBytes(start: attribute.valueStart, count: attribute.valueLength) { value in
                switch attribute.name {
                case .href where name == .a:
                    traits.insert(.link)
                case .hidden:
                    traits.insert(.hidden)
                case .ariaHidden where Self.equalsIgnoringCase(value, "true"):
                    traits.insert(.hidden)
                case .style where Self.hidesByStyle(value):
                    traits.insert(.hidden)
                case .role:
                    let role = String(decoding: value, as: UTF8.self).lowercased()
                    if ElementVocabulary.frameRoles.contains(role) { traits.insert(.frame) }
                    if role == "main" || role == "article" { traits.insert(.contentElement) }
                case .class, .id:
                    traits.formUnion(Self.nameTraits(value, isClass: attribute.name == .class))
                case _ where attribute.name == itempropName:
                    if String(decoding: value, as: UTF8.self).contains("articleBody") { traits.insert(.contentElement) }
                default:
                    break
                }
            }
        }
        return traits
    }

    /// `display:none` or `visibility:hidden` in an inline style, ignoring case and whitespace.
    private static func hidesByStyle(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(value.count)
        for byte in value where byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return compact.withUnsafeBufferPointer { containsBytes($0, "display:none") || containsBytes($0, "visibility:hidden") }
    }

    private static func equalsIgnoringCase(_ value: UnsafeBufferPointer<UInt8>, _ literal: String) -> Bool {
        value.count == literal.utf8.count && zip(value, literal.utf8).allSatisfy { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }
    }

    /// Traits from the words of a class or id value (and hidden-text class tokens).
    private static func nameTraits(_ value: UnsafeBufferPointer<UInt8>, isClass: Bool) -> ElementTraits {
        var traits: ElementTraits = []
        if isClass {
            let hiddenTextWords = ElementVocabulary.hiddenTextWordTable
            // Each white-space-separated token, lowercased into one scratch buffer (no array of
            // slices per value).
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.count) { token in
                var length = 0
                for position in 0...value.count {
                    let byte = position < value.count ? value[position] : 0x20
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
                        if length > 0, hiddenTextWords.contains(UnsafeBufferPointer(rebasing: token[0..<length])) { traits.insert(.hidden) }
                        length = 0
                    } else {
                        token[length] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        length += 1
                    }
                }
            }
        }
        let nameWordTraits = ElementVocabulary.nameWordTraits
        ClassWords.forEachWord(in: value) { word in
            if let wordTraits = nameWordTraits[word] { traits.formUnion(wordTraits) }
        }
        return traits
    }
}

/// Splits class and id values into lowercase words: `post-content shareButtons` → post, content,
/// share, buttons. Words of one character and numbers (`col-4`, `item-608`) are dropped: they name
/// layouts and instances, not purposes. Works on UTF-8 bytes: ASCII letters and digits and any
/// non-ASCII character make words; everything else separates them.
enum ClassWords {
    /// Calls `body` with the bytes of each word of `bytes`, in order.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        // A word is never longer than the value, so one scratch buffer of its size holds any.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { word in
            var length = 0
            var allDigits = true
            var previousWasLowerOrDigit = false
            for position in 0...bytes.count {
                let byte: UInt8 = position < bytes.count ? bytes[position] : 0x20
                let isUpper = byte >= 0x41 && byte <= 0x5A
                let isLower = byte >= 0x61 && byte <= 0x7A
                let isDigit = byte >= 0x30 && byte <= 0x39
                let continuesWord = (isUpper || isLower || isDigit || byte >= 0x80) && !(isUpper && previousWasLowerOrDigit)
                if !continuesWord {
                    // The word so far ends here.
                    if length > 1 && !allDigits { body(UnsafeBufferPointer(rebasing: word[0..<length])) }
                    length = 0
                    allDigits = true
                }
                if isUpper || isLower || isDigit || byte >= 0x80 {
                    word[length] = isUpper ? byte | 0x20 : byte
                    length += 1
                    if !isDigit { allDigits = false }
                    previousWasLowerOrDigit = isLower || isDigit
                } else {
                    previousWasLowerOrDigit = false
                }
            }
        }
    }
}
