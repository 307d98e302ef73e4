/// The element groups the tree builder tests membership of, each declared once as a bitset.
/// Names are the spec's; section numbers say where each list comes from.
enum ElementSets {
    /// 13.2.4.3 "special" category, HTML part (generated from the spec, plus `search`).
    static let special = ElementCategory(ElementCategory.htmlSpecial)
    static let mathMLSpecial = ElementCategory(ElementCategory.mathMLSpecial)
    static let svgSpecial = ElementCategory(ElementCategory.svgSpecial)
    /// 13.2.4.3 "formatting" elements.
    static let formatting = ElementCategory(ElementCategory.formatting)

    /// 13.2.4.2 "has an element in scope": the HTML boundaries. `select` joined in 2025.
    static let defaultScope = ElementCategory([
        .applet, .caption, .html, .table, .td, .th, .marquee, .object, .select, .template,
    ])
    /// The MathML boundaries of the default scope.
    static let mathMLScope = ElementCategory([.mi, .mo, .mn, .ms, .mtext, .annotationXml])
    /// 13.2.6.1 MathML text integration points.
    static let mathMLTextIntegrationPoints = ElementCategory([.mi, .mo, .mn, .ms, .mtext])

    /// 13.2.6.3 "generate implied end tags".
    static let impliedEndTags = ElementCategory([.dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc])
    /// 13.2.6.3 "generate all implied end tags thoroughly".
    static let impliedEndTagsThorough = ElementCategory([
        .caption, .colgroup, .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc,
        .tbody, .td, .tfoot, .th, .thead, .tr,
    ])

    /// 13.2.6.4.9 "clear the stack back to a table context".
    static let tableContext = ElementCategory([.table, .template, .html])
    /// 13.2.6.4.13 "clear the stack back to a table body context".
    static let tableBodyContext = ElementCategory([.tbody, .tfoot, .thead, .template, .html])
    /// 13.2.6.4.14 "clear the stack back to a table row context".
    static let tableRowContext = ElementCategory([.tr, .template, .html])

    static let listItems = ElementCategory([.li])
    static let definitionItems = ElementCategory([.dd, .dt])
    static let headings = ElementCategory([.h1, .h2, .h3, .h4, .h5, .h6])
    static let tableSections = ElementCategory([.tbody, .tfoot, .thead])
    static let cells = ElementCategory([.td, .th])
    /// Current nodes for which "in table" sends characters to "in table text".
    static let tableTextParents = ElementCategory([.table, .tbody, .template, .tfoot, .thead, .tr])
    /// Foster parenting applies when the target is one of these (13.2.6.1).
    static let fosterParentTargets = ElementCategory([.table, .tbody, .tfoot, .thead, .tr])

    /// 13.2.6.4.7 in body: start tags that close a `p` in button scope and insert a block.
    static let blockStartTags = ElementCategory([
        .address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl,
        .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p,
        .search, .section, .summary, .ul,
    ])
    /// 13.2.6.4.7 in body: end tags that close their element if it is in scope (+ `select`, 2025).
    static let blockEndTags = ElementCategory([
        .address, .article, .aside, .blockquote, .button, .center, .details, .dialog, .dir, .div,
        .dl, .fieldset, .figcaption, .figure, .footer, .header, .hgroup, .listing, .main, .menu,
        .nav, .ol, .pre, .search, .section, .select, .summary, .ul,
    ])
    /// 13.2.6.4.7 in body: elements allowed to be open at end of file or `</body>` without error.
    static let allowedOpenAtEnd = ElementCategory([
        .dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc, .tbody, .td, .tfoot, .th,
        .thead, .tr, .body, .html,
    ])
    /// 13.2.6.4.7 in body: void start tags that reconstruct formatting and pop at once.
    static let voidFormattingStartTags = ElementCategory([.area, .br, .embed, .img, .keygen, .wbr])
    /// 13.2.6.4.7 in body: start tags processed with the "in head" rules.
    static let headStartTags = ElementCategory([
        .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title,
    ])
    /// 13.2.6.4.7 in body: table-structure start tags that are ignored.
    static let ignoredTableStartTags = ElementCategory([
        .caption, .col, .colgroup, .frame, .head, .tbody, .td, .tfoot, .th, .thead, .tr,
    ])
    /// 13.2.6.4.7 in body: formatting start tags besides `a` and `nobr`.
    static let plainFormattingStartTags = ElementCategory([
        .b, .big, .code, .em, .font, .i, .s, .small, .strike, .strong, .tt, .u,
    ])
    /// Elements whose end tag runs the adoption agency algorithm.
    static let adoptionAgencyEndTags = ElementCategory([
        .a, .b, .big, .code, .em, .font, .i, .nobr, .s, .small, .strike, .strong, .tt, .u,
    ])

    /// 13.2.6.5: start tags that break out of foreign content.
    static let foreignBreakoutStartTags = ElementCategory([
        .b, .big, .blockquote, .body, .br, .center, .code, .dd, .div, .dl, .dt, .em, .embed,
        .h1, .h2, .h3, .h4, .h5, .h6, .head, .hr, .i, .img, .li, .listing, .menu, .meta, .nobr,
        .ol, .p, .pre, .ruby, .s, .small, .span, .strong, .strike, .sub, .sup, .table, .tt, .u,
        .ul, .var,
    ])

    /// 13.1.2 void elements: no end tag, no contents.
    static let voidElements = ElementCategory([
        .area, .base, .basefont, .bgsound, .br, .col, .embed, .frame, .hr, .img, .input, .keygen,
        .link, .meta, .param, .source, .track, .wbr,
    ])
    /// 13.3: elements whose text children serialize unescaped (`noscript` only when scripting).
    static let rawTextElements = ElementCategory([
        .style, .script, .xmp, .iframe, .noembed, .noframes, .plaintext,
    ])

    /// Table-structure tags that end a caption, a cell or a table body.
    static let tableStructureStartTags = ElementCategory([
        .caption, .col, .colgroup, .tbody, .td, .tfoot, .th, .thead, .tr,
    ])
}
