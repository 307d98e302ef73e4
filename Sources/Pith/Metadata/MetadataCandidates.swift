internal import PithHTML

/// Everything the metadata stage reads from a document, gathered by ``MetadataCollector`` in one
/// walk: head metadata as written, structured data parsed, and the body elements that may hold a
/// headline, a byline or a date, each with where it sits.
///
/// Positions are offsets in the document's visible text (bytes of text outside `head`, scripts,
/// styles and templates, counted in document order): the distance between a headline and a date
/// line is their text distance, whatever the markup between them.
struct MetadataCandidates {
    /// Where an element sits, as flags inherited from its ancestors.
    struct Context: OptionSet, Sendable {
        let rawValue: UInt16

        /// Inside `head`.
        static let head = Context(rawValue: 1 << 0)
        /// Inside `header` (a page or article header).
        static let header = Context(rawValue: 1 << 1)
        /// Inside `nav`.
        static let navigation = Context(rawValue: 1 << 2)
        /// Inside `footer`.
        static let footer = Context(rawValue: 1 << 3)
        /// Inside `aside`, or inside an element whose class or id says comments, related or sidebar
        /// (set after the walk, see ``MetadataCandidates/asideRegions``).
        static let aside = Context(rawValue: 1 << 4)
        /// Inside `article`.
        static let article = Context(rawValue: 1 << 5)
        /// Inside `main`.
        static let main = Context(rawValue: 1 << 6)
        /// Inside a link.
        static let link = Context(rawValue: 1 << 7)
        /// Not rendered: `script`, `style`, `template`, `noscript`, `hidden`, `aria-hidden`.
        static let hidden = Context(rawValue: 1 << 8)
        /// Inside a form or a button.
        static let form = Context(rawValue: 1 << 9)
        /// Inside SVG or MathML.
        static let foreign = Context(rawValue: 1 << 10)
        /// Inside an element whose class or id marks a byline.
        static let byline = Context(rawValue: 1 << 11)

        /// Regions whose names and dates belong to something other than the page's article.
        static let peripheral: Context = [.navigation, .footer, .aside]
    }

    /// What a `class` or `id` value says about its element.
    struct Hints: OptionSet, Sendable {
        let rawValue: UInt8
        static let byline = Hints(rawValue: 1 << 0)
        static let date = Hints(rawValue: 1 << 1)
        static let headline = Hints(rawValue: 1 << 2)
        static let aside = Hints(rawValue: 1 << 3)
        static let footer = Hints(rawValue: 1 << 4)
    }

    /// A `meta` element: its name, property, itemprop or http-equiv (lowercased) and its content.
    struct Meta {
        var key: String
        var value: String
        var node: NodeID
    }

    /// A `link` element's relation (one token, lowercased) and target.
    struct Link {
        var relation: String
        var target: String
    }

    /// A body element: where it starts and ends in the visible text, and its context.
    struct Element {
        var node: NodeID
        var textStart: Int
        var textEnd: Int
        var context: Context
        var hints: Hints = []
        /// The outermost class-marked aside region around the element, or -1.
        var asideRegion: Int32 = -1
    }

    /// An element whose class or id says comments, related or sidebar, and its text extent.
    ///
    /// Such classes also name layouts ("mainwrap sidebar", "node__sidebar" around the article),
    /// so a region is only taken for an aside after the walk, when its size is known: when it
    /// holds no `h1` and at most ``MetadataHeuristics/maximumAsideShare`` of the text.
    struct Region {
        var node: NodeID
        var textStart: Int
        var textEnd: Int
        var isAside = false
    }

    /// A `time` element.
    struct Time {
        var element: Element
        /// The `datetime` attribute.
        var dateTime: String?
        /// Whether it has the (obsolete but used) `pubdate` attribute.
        var isMarkedPublished: Bool
        /// Its `itemprop`, lowercased.
        var itemProperty: String?
    }

    /// An element with an `itemprop` (microdata), `meta` elements included.
    struct ItemProperty {
        var element: Element
        /// The property name, lowercased (one token).
        var name: String
        /// The value an attribute gives (`content`, `datetime`, `href`, `src`); `nil` means the
        /// element's text.
        var attributeValue: String?
        /// The last path component of the nearest enclosing `itemtype`, lowercased (`newsarticle`,
        /// `person`).
        var scopeType: String?
    }

    /// A visible text node, where it starts, and its parent's context.
    struct TextRun {
        var node: NodeID
        var start: Int
        var context: Context
        var asideRegion: Int32
    }

    /// The `title` element's text.
    var documentTitle: String?
    /// The `html` element's `lang` (or `xml:lang`).
    var documentLanguage: String?
    var metas: [Meta] = []
    var links: [Link] = []
    /// Every JSON-LD script, read into one tree (so `@id` references resolve across scripts).
    var linkedData = JSONTree()
    var times: [Time] = []
    var itemProperties: [ItemProperty] = []
    /// `h1`–`h3` elements and elements whose class or id says headline.
    var headings: [Element] = []
    /// Level of each heading (1–3), or 0 for a class-marked one.
    var headingLevels: [Int] = []
    /// Elements whose class, id or `rel` marks a byline or a date.
    var hinted: [Element] = []
    /// Scripts other than JSON-LD (JavaScript and JSON), in document order.
    var dataScripts: [NodeID] = []
    /// Class-marked aside regions, outermost only.
    var asideRegions: [Region] = []
    /// Visible text nodes in document order.
    var textRuns: [TextRun] = []
    /// Bytes of visible text in the document.
    var textLength = 0
}
