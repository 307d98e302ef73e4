import PithHTML

/// What the extractor needs to know about an element before reading its text, as bits.
struct ElementTraits: OptionSet, Sendable {
    let rawValue: UInt32

    /// Starts a new text block (`p`, `div`, `li`, `h2`, …); other elements flow inline.
    static let block = ElementTraits(rawValue: 1 << 0)
    /// Never content: scripts, styles, forms controls, media, hidden elements. Skipped whole.
    static let skipped = ElementTraits(rawValue: 1 << 1)
    /// A hyperlink (`a` with `href`).
    static let link = ElementTraits(rawValue: 1 << 2)
    /// Structural boilerplate: `nav`, `footer`, `aside`, ARIA landmarks of the page frame.
    static let frame = ElementTraits(rawValue: 1 << 3)
    /// Class, id or role words of boilerplate (share, related, cookie, newsletter, …).
    static let boilerplateName = ElementTraits(rawValue: 1 << 4)
    /// Class, id or role words of content (article, post, entry, content, …).
    static let contentName = ElementTraits(rawValue: 1 << 5)
    /// `article`, `main`, `[role=main]`, `[itemprop=articleBody]`.
    static let contentElement = ElementTraits(rawValue: 1 << 6)
    /// `header` (of the page or of an article).
    static let header = ElementTraits(rawValue: 1 << 7)
    /// Inside a list item, a table cell, a block quote, preformatted text (set on those elements).
    static let listItem = ElementTraits(rawValue: 1 << 8)
    static let tableCell = ElementTraits(rawValue: 1 << 9)
    static let quote = ElementTraits(rawValue: 1 << 10)
    static let preformatted = ElementTraits(rawValue: 1 << 11)
    /// A heading `h1`–`h6`.
    static let heading = ElementTraits(rawValue: 1 << 12)
    /// Comment sections (class/id words like `comments`, `disqus`).
    static let comments = ElementTraits(rawValue: 1 << 13)
    /// A `form`.
    static let form = ElementTraits(rawValue: 1 << 14)
    /// A figure caption (`figcaption`, `caption`).
    static let caption = ElementTraits(rawValue: 1 << 15)
    /// An emphasis, strong or code span (for the inline renderer).
    static let inlineMarkup = ElementTraits(rawValue: 1 << 16)
    /// Hidden from readers by markup (`hidden`, `aria-hidden`, `display:none`, screen-reader-only
    /// classes). Not skipped: script-driven pages hide content until scripts reveal it (React's
    /// streamed `<div hidden>`, `visibility:hidden` wrappers), so the classifier weighs it.
    static let hidden = ElementTraits(rawValue: 1 << 17)
    /// Inside `noscript`: what a reader without scripts sees (some forums serve their posts there).
    static let noscript = ElementTraits(rawValue: 1 << 18)

    /// Traits an element passes on to everything inside it.
    static let inherited: ElementTraits = [
        .link, .frame, .boilerplateName, .contentName, .contentElement, .header, .listItem, .tableCell,
        .quote, .preformatted, .heading, .comments, .form, .caption, .hidden, .noscript,
    ]
}

/// Element vocabularies: which tags start blocks, which are skipped, what class words mean.
enum ElementVocabulary {
    /// Elements that break text into blocks (HTML's block-level and table elements, plus `br`'s
    /// handling in the segmenter).
    static let blockTags: LocalNameSet = [
        .address, .article, .aside, .blockquote, .body, .caption, .center, .dd, .details, .dialog, .dir,
        .div, .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6,
        .header, .hgroup, .hr, .html, .legend, .li, .main, .menu, .nav, .ol, .p, .pre, .search,
        .section, .summary, .table, .tbody, .td, .tfoot, .th, .thead, .tr, .ul, .listing, .plaintext,
        .xmp, .frameset, .noframes,
    ]

    /// Inline elements (everything else that is known flows inline; unknown names — custom
    /// elements — are treated as blocks, since they are almost always components).
    static let inlineTags: LocalNameSet = [
        .a, .abbr, .acronym, .b, .bdi, .bdo, .big, .blink, .cite, .code, .data, .del, .dfn, .em, .font,
        .i, .img, .ins, .kbd, .label, .mark, .nobr, .q, .rb, .rp, .rt, .rtc, .ruby, .s, .samp, .small,
        .span, .strike, .strong, .sub, .sup, .time, .tt, .u, .var, .wbr, .br, .image, .picture, .slot,
        .output, .meter, .progress,
    ]

    /// Elements whose content is never article text.
    static let skippedTags: LocalNameSet = [
        .head, .script, .style, .template, .svg, .math, .iframe, .object, .embed, .applet,
        .canvas, .video, .audio, .map, .select, .option, .optgroup, .datalist, .button, .input,
        .textarea, .keygen, .dialog, .title, .meta, .link, .base, .param, .source, .track, .frame,
        .noembed, .menuitem, .selectedcontent,
    ]

    /// ARIA roles of the page frame.
    static let frameRoles: Set<String> = [
        "banner", "complementary", "contentinfo", "menu", "menubar", "navigation", "search", "toolbar",
        "tablist", "dialog", "alertdialog", "alert", "tooltip",
    ]

    /// Class and id words of boilerplate blocks, grouped by purpose.
    static let boilerplateWords: [String] = [
        // navigation and page frame
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "megamenu", "breadcrumb", "breadcrumbs",
        "crumbs", "pagination", "pager", "paging", "footer", "foot", "sidebar", "aside", "masthead",
        "topbar", "toolbar", "skip", "skiplink", "jump", "sitemap",
        // sharing and social
        "share", "sharing", "sharer", "social", "socials", "sociallinks", "follow", "addthis", "sharethis",
        // recommendations and promotion
        "related", "recommended", "recommend", "recommendations", "recirc", "promo", "promos", "promoted",
        "sponsor", "sponsored", "advert", "advertisement", "advertising", "ad", "ads", "adsense", "banner",
        "outbrain", "taboola", "teaser", "teasers", "trending", "popular", "most", "more",
        // sign-up and consent
        "newsletter", "subscribe", "subscription", "signup", "register", "login", "signin", "paywall",
        "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "lightbox",
        // widgets
        "tags", "tagcloud", "categories", "archive", "archives", "calendar",
        "search", "rating", "ratings", "print", "email", "author-box", "authorbox", "bio",
    ]

    /// Class and id words of comment sections.
    static let commentWords: [String] = [
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "discussion",
    ]

    /// Class and id words of article content.
    static let contentWords: [String] = [
        "article", "articlebody", "content", "entry", "post", "story", "body", "text", "main", "prose",
        "markdown", "richtext", "wysiwyg", "blog", "news", "permalink", "hentry", "page",
    ]

    /// Class words of text meant for screen readers only (visually hidden).
    static let hiddenTextWords: [String] = [
        "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "screenreader",
        "a11y-hidden", "offscreen", "hide", "hidden", "d-none", "is-hidden",
    ]

    /// The traits the class and id words above give, in one table.
    static let nameWordTraits = WordTable(
        Dictionary(
            boilerplateWords.map { ($0, ElementTraits.boilerplateName) } + commentWords.map { ($0, ElementTraits.comments) }
                + contentWords.map { ($0, ElementTraits.contentName) },
            uniquingKeysWith: { $0.union($1) }
        )
    )

    /// `hiddenTextWords` as a table.
    static let hiddenTextWordTable = WordTable(words: hiddenTextWords)
}
