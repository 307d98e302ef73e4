/// A structural unit of an article body.
public indirect enum Block: Sendable, Equatable {
    /// A heading; `level` is 1–6 as in `h1`–`h6`.
    case heading(level: Int, text: [Inline])
    case paragraph([Inline])
    /// A list; each item is a sequence of blocks (usually one paragraph).
    case list(ordered: Bool, items: [[Block]])
    case quote([Block])
    /// Preformatted text or code, with its language when marked up (`class="language-swift"`).
    case code(text: String, language: String?)
    case table(Table)
    /// An image with its alternative text and caption.
    case figure(Figure)
    /// A thematic break (`hr`).
    case rule
}

/// Inline content of a paragraph or heading.
public enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case code(String)
    case link(text: [Inline], href: String)
    case lineBreak
}

/// A table: rows of cells, the first rows marked as header rows when the page says so.
public struct Table: Sendable, Equatable {
    public var rows: [[TableCell]]
    /// How many leading rows are header rows.
    public var headerRowCount: Int
    public var caption: [Inline]?

    public init(rows: [[TableCell]], headerRowCount: Int = 0, caption: [Inline]? = nil) {
        self.rows = rows
        self.headerRowCount = headerRowCount
        self.caption = caption
    }
}

public struct TableCell: Sendable, Equatable {
    public var content: [Inline]
    public var isHeader: Bool

    public init(content: [Inline], isHeader: Bool = false) {
        self.content = content
        self.isHeader = isHeader
    }
}

public struct Figure: Sendable, Equatable {
    public var source: String?
    public var alternativeText: String?
    public var caption: [Inline]?

    public init(source: String?, alternativeText: String?, caption: [Inline]?) {
        self.source = source
        self.alternativeText = alternativeText
        self.caption = caption
    }
}

extension Array where Element == Inline {
    /// The inline content as plain text.
    public var plainText: String {
        var result = ""
        for inline in self {
            switch inline {
            case .text(let text), .code(let text): result += text
            case .emphasis(let inner), .strong(let inner): result += inner.plainText
            case .link(let text, _): result += text.plainText
            case .lineBreak: result += "\n"
            }
        }
        return result
    }
}
