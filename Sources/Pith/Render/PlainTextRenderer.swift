/// Renders blocks as plain text: one block per paragraph, blocks separated by a blank line.
///
/// List items become lines of their own (`- ` / `1. ` markers are left out: plain text is for
/// reading and indexing); table rows become lines with cells separated by ` | `.
public struct PlainTextRenderer: Sendable {
    public init() {}

    public func render(_ blocks: [Block]) -> String {
        var paragraphs: [String] = []
        for block in blocks { append(block, to: &paragraphs) }
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func append(_ block: Block, to paragraphs: inout [String]) {
        switch block {
        case .heading(_, let text), .paragraph(let text):
            paragraphs.append(text.plainText.trimmingWhitespace)
        case .list(_, let items):
            let lines = items.map { item in
                item.map { PlainTextRenderer().render([$0]) }.filter { !$0.isEmpty }.joined(separator: "\n")
            }
            paragraphs.append(lines.filter { !$0.isEmpty }.joined(separator: "\n"))
        case .quote(let inner):
            for block in inner { append(block, to: &paragraphs) }
        case .code(let text, _):
            paragraphs.append(text)
        case .table(let table):
            var lines: [String] = []
            if let caption = table.caption { lines.append(caption.plainText.trimmingWhitespace) }
            for row in table.rows {
                let cells = row.map { $0.content.plainText.trimmingWhitespace }.filter { !$0.isEmpty }
                if !cells.isEmpty { lines.append(cells.joined(separator: " | ")) }
            }
            paragraphs.append(lines.joined(separator: "\n"))
        case .figure(let figure):
            if let caption = figure.caption { paragraphs.append(caption.plainText.trimmingWhitespace) }
        case .rule:
            break
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace and newlines.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarClass.isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !ScalarClass.isWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
