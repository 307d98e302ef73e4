public import PithHTML

/// Renders a whole page to text the way careless scrapers do, to build text-mode dev corpora.
///
/// Everything a reader could see ends up in the text: navigation, footers, cookie banners,
/// button captions, and the labels of icons (`<svg><title>`, `aria-label` of elements without
/// text), run together with no separator as `textContent` leaves them; and, since careless
/// scrapers neither run scripts nor apply styles, `noscript` content and elements marked
/// `hidden`. Only what is never text is left out: `head`, scripts, styles, templates. Text
/// mode (``Pith/Extractor/extract(text:url:transportCharset:)``) is scored on what this renders,
/// so the styles vary what scrapers vary: where lines break, whether blank lines separate
/// paragraphs, Markdown syntax, hard wrapping.
public struct NaiveTextRenderer: Sendable {
    /// How the text is laid out.
    public enum Style: String, Sendable, CaseIterable {
        /// As a browser's `innerText`: a line per block element, a blank line around paragraphs
        /// and headings.
        case blocks
        /// Lines only at paragraph-level elements (paragraphs, headings, list items, table rows,
        /// `br`); the text of `div`s and other containers runs together; no blank lines.
        case inline
        /// As HTML-to-Markdown converters write it: `#` headings, `*` list items,
        /// `[text](url)` links, `**strong**`, blank lines between blocks.
        case markdown
        /// As text browsers' dumps: the `blocks` layout hard-wrapped at ``wrapWidth`` columns,
        /// list items indented with `*`.
        case wrapped
    }

    /// The column `wrapped` text is wrapped at (lynx and w3m dump at about this width).
    public static let wrapWidth = 76

    public var style: Style

    public init(style: Style = .blocks) {
        self.style = style
    }

    /// The page's visible text.
    ///
    /// - Parameters:
    ///   - html: The page in any encoding.
    /// - Returns: The text, lines separated by `\n`.
    public func render(html: [UInt8]) -> String {
        render(document: HTMLParser.parse(bytes: html))
    }

    /// The document's visible text.
    public func render(document: Document) -> String {
        var collector = NaiveTextCollector(document: document, style: style)
        collector.collect()
        return format(collector.blocks)
    }

    private func format(_ blocks: [NaiveTextCollector.RenderedBlock]) -> String {
        var output = ""
        var previous: NaiveTextCollector.RenderedBlock?
        for block in blocks {
            if let previous { output += separator(between: previous, and: block) }
            switch style {
            case .blocks, .inline:
                output += block.text
            case .markdown:
                if block.headingLevel > 0 {
                    output += String(repeating: "#", count: block.headingLevel) + " "
                } else if block.isListItem {
                    output += "* "
                }
                output += block.text
            case .wrapped:
                output += wrap(block.text, indent: block.isListItem ? "  * " : "", continuation: block.isListItem ? "    " : "")
            }
            previous = block
        }
        return output
    }

    /// A blank line around paragraphs and headings (`innerText`'s rule); in Markdown between
    /// all blocks but list items; never in the `inline` style.
    private func separator(between previous: NaiveTextCollector.RenderedBlock, and next: NaiveTextCollector.RenderedBlock) -> String {
        switch style {
        case .inline:
            return "\n"
        case .markdown:
            return previous.isListItem && next.isListItem ? "\n" : "\n\n"
        case .blocks, .wrapped:
            return previous.isSeparated || next.isSeparated ? "\n\n" : "\n"
        }
    }

    /// `text` broken at spaces into lines of at most ``wrapWidth`` columns (longer words stand alone).
    private func wrap(_ text: String, indent: String, continuation: String) -> String {
        var lines: [String] = []
        var line = indent
        var lineIsEmpty = true
        for word in text.split(separator: " ") {
            if !lineIsEmpty && line.count + 1 + word.count > Self.wrapWidth {
                lines.append(line)
                line = continuation
                lineIsEmpty = true
            }
            line += (lineIsEmpty ? "" : " ") + word
            lineIsEmpty = false
        }
        if !lineIsEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
