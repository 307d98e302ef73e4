import PithHTML

/// Turns the kept text blocks back into structure: headings, paragraphs, lists, tables, quotes
/// and code, grouping blocks that share a list, table, quote or `pre`.
struct BodyBuilder {
    let document: Document

    /// The structural container a block belongs to.
    private enum Context: Equatable {
        case none
        case list(list: NodeID, item: NodeID, ordered: Bool)
        case table(table: NodeID, row: NodeID, cell: NodeID)
        case quote(NodeID)
        case code(NodeID)

        var container: NodeID? {
            switch self {
            case .none: nil
            case .list(let list, _, _): list
            case .table(let table, _, _): table
            case .quote(let quote): quote
            case .code(let pre): pre
            }
        }
    }

    /// The blocks, in order, as body structure.
    func build(_ blocks: [TextBlock]) -> [Block] {
        var body: [Block] = []
        var index = 0
        while index < blocks.count {
            let context = self.context(of: blocks[index])
            var end = index + 1
            if let container = context.container {
                while end < blocks.count, self.context(of: blocks[end]).container == container { end += 1 }
            }
            let group = Array(blocks[index..<end])
            switch context {
            case .none:
                body.append(contentsOf: group.map(simpleBlock))
            case .list(_, _, let ordered):
                body.append(listBlock(group, ordered: ordered))
            case .table:
                body.append(tableBlock(group))
            case .quote:
                body.append(.quote(group.map(simpleBlock)))
            case .code(let pre):
                body.append(.code(text: group.map(\.text).joined(separator: "\n"), language: codeLanguage(of: pre)))
            }
            index = end
        }
        return body
    }

    private func simpleBlock(_ block: TextBlock) -> Block {
        block.headingLevel > 0 ? .heading(level: block.headingLevel, text: block.inlines) : .paragraph(block.inlines)
    }

    private func listBlock(_ group: [TextBlock], ordered: Bool) -> Block {
        var items: [[Block]] = []
        var currentItem: NodeID?
        for block in group {
            guard case .list(_, let item, _) = context(of: block) else { continue }
            if item != currentItem {
                items.append([])
                currentItem = item
            }
            items[items.count - 1].append(simpleBlock(block))
        }
        return .list(ordered: ordered, items: items)
    }

    private func tableBlock(_ group: [TextBlock]) -> Block {
        var rows: [[TableCell]] = []
        var currentRow: NodeID?
        var currentCell: NodeID?
        var headerRows = 0
        var allHeader = true
        for block in group {
            guard case .table(_, let row, let cell) = context(of: block) else { continue }
            let isHeader = document.name(of: cell) == .th
            if row != currentRow {
                if !rows.isEmpty, allHeader, headerRows == rows.count - 1 { headerRows = rows.count }
                rows.append([])
                currentRow = row
                currentCell = nil
                allHeader = true
            }
            if cell == currentCell, var last = rows[rows.count - 1].popLast() {
                last.content += [.lineBreak] + block.inlines
                rows[rows.count - 1].append(last)
            } else {
                rows[rows.count - 1].append(TableCell(content: block.inlines, isHeader: isHeader))
                currentCell = cell
            }
            allHeader = allHeader && isHeader
        }
        if !rows.isEmpty, allHeader, headerRows == rows.count - 1 { headerRows = rows.count }
        return .table(Table(rows: rows, headerRowCount: headerRows))
    }

    /// The nearest list item, table cell, block quote or `pre` around the block.
    private func context(of block: TextBlock) -> Context {
        let traits = block.traits
        guard !traits.isDisjoint(with: [.listItem, .tableCell, .quote, .preformatted]) else { return .none }
        var current: NodeID? = block.element
        while let node = current, node != .document {
            switch document.name(of: node) {
            case .li, .dd, .dt:
                let list = document.parent(of: node) ?? node
                return .list(list: list, item: node, ordered: document.name(of: list) == .ol)
            case .td, .th:
                var table: NodeID? = document.parent(of: node)
                while let candidate = table, document.name(of: candidate) != .table { table = document.parent(of: candidate) }
                return .table(table: table ?? node, row: document.parent(of: node) ?? node, cell: node)
            case .blockquote:
                return .quote(node)
            case .pre, .listing, .xmp, .plaintext:
                return .code(node)
            default:
                current = document.parent(of: node)
            }
        }
        return .none
    }

    /// `class="language-swift"` or `lang-js` on the `pre` or its `code` child.
    private func codeLanguage(of pre: NodeID) -> String? {
        var candidates = [pre]
        if let code = document.child(of: pre, named: .code) { candidates.append(code) }
        for element in candidates {
            guard let classes = document.attribute(.class, of: element) else { continue }
            for token in classes.split(separator: " ") {
                for prefix in ["language-", "lang-"] where token.hasPrefix(prefix) {
                    return String(token.dropFirst(prefix.count))
                }
            }
        }
        return nil
    }
}
