/// The table insertion modes (13.2.6.4.9–15).
extension TreeBuilder {
    /// 13.2.6.4.9 The "in table" insertion mode.
    mutating func processInTable(_ token: TreeToken) {
        switch token {
        case .characters, .nullCharacter:
            guard let current = currentNode, isHTML(current, in: ElementSets.tableTextParents) else {
                return inTableAnythingElse(token)
            }
            pendingTableCharacters.removeAll(keepingCapacity: true)
            originalMode = mode
            reprocess(token, in: .inTableText)
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError()
        case .startTag:
            switch tag.name {
            case .caption:
                clearStack(backTo: ElementSets.tableContext)
                activeFormattingElements.append(.marker)
                insertHTMLElement()
                mode = .inCaption
            case .colgroup:
                clearStack(backTo: ElementSets.tableContext)
                insertHTMLElement()
                mode = .inColumnGroup
            case .col:
                clearStack(backTo: ElementSets.tableContext)
                insertHTMLElement(named: .colgroup)
                reprocess(token, in: .inColumnGroup)
            case .tbody, .tfoot, .thead:
                clearStack(backTo: ElementSets.tableContext)
                insertHTMLElement()
                mode = .inTableBody
            case .td, .th, .tr:
                clearStack(backTo: ElementSets.tableContext)
                insertHTMLElement(named: .tbody)
                reprocess(token, in: .inTableBody)
            case .table:
                parseError()
                guard hasElementInScope(.table, .table) else { return }
                popUntil(.table)
                resetInsertionMode()
                process(token, in: mode)
            case .style, .script, .template:
                processInHead(token)
            case .input:
                guard tag.value(of: .type)?.lowercased() == "hidden" else { return inTableAnythingElse(token) }
                parseError()
                insertVoidHTMLElement()
            case .form:
                parseError()
                guard !stackContainsTemplate, formElement == nil else { return }
                formElement = insertHTMLElement()
                popCurrentNode()
            default:
                inTableAnythingElse(token)
            }
        case .endTag:
            switch tag.name {
            case .table:
                guard hasElementInScope(.table, .table) else { return parseError() }
                popUntil(.table)
                resetInsertionMode()
            case .body, .caption, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr:
                parseError()
            case .template:
                processInHead(token)
            default:
                inTableAnythingElse(token)
            }
        case .endOfFile:
            processInBody(token)
        }
    }

    /// "Anything else" in table: process with the in-body rules, foster parenting.
    private mutating func inTableAnythingElse(_ token: TreeToken) {
        parseError()
        fosterParenting = true
        processInBody(token)
        fosterParenting = false
    }

    /// 13.2.6.4.10 The "in table text" insertion mode.
    mutating func processInTableText(_ token: TreeToken) {
        switch token {
        case .nullCharacter:
            parseError()
        case .characters(let text):
            pendingTableCharacters.append(contentsOf: text)
        default:
            let pending = pendingTableCharacters
            pendingTableCharacters.removeAll(keepingCapacity: true)
            if !pending.isEmpty {
                pending.withUnsafeBufferPointer { text in
                    if isAllWhitespace(text) {
                        insertCharacters(text)
                    } else {
                        inTableAnythingElse(.characters(text))
                    }
                }
            }
            reprocess(token, in: originalMode)
        }
    }

    /// 13.2.6.4.11 The "in caption" insertion mode.
    mutating func processInCaption(_ token: TreeToken) {
        let closesCaption: Bool
        switch token {
        case .endTag where tag.name == .caption:
            closesCaption = true
        case .startTag where ElementSets.tableStructureStartTags.contains(tag.name), .endTag where tag.name == .table:
            closesCaption = true
        case .endTag where [.body, .col, .colgroup, .html, .tbody, .td, .tfoot, .th, .thead, .tr].contains(tag.name):
            return parseError()
        default:
            return processInBody(token)
        }
        guard closesCaption, hasElementInScope(.caption, .table) else { return parseError() }
        generateImpliedEndTags()
        if !currentNodeIs(.caption) { parseError() }
        popUntil(.caption)
        clearActiveFormattingElementsToLastMarker()
        mode = .inTable
        if case .endTag = token, tag.name == .caption { return }
        process(token, in: .inTable)
    }

    /// 13.2.6.4.12 The "in column group" insertion mode.
    mutating func processInColumnGroup(_ token: TreeToken) {
        switch token {
        case .characters(let text):
            let whitespace = leadingWhitespaceCount(text)
            if whitespace > 0 { insertCharacters(UnsafeBufferPointer(rebasing: text[..<whitespace])) }
            if whitespace < text.count {
                inColumnGroupAnythingElse(.characters(UnsafeBufferPointer(rebasing: text[whitespace...])))
            }
        case .comment(let data):
            insertComment(data)
        case .doctype:
            parseError()
        case .startTag where tag.name == .html:
            processInBody(token)
        case .startTag where tag.name == .col:
            insertVoidHTMLElement()
        case .endTag where tag.name == .colgroup:
            guard currentNodeIs(.colgroup) else { return parseError() }
            popCurrentNode()
            mode = .inTable
        case .endTag where tag.name == .col:
            parseError()
        case .startTag where tag.name == .template, .endTag where tag.name == .template:
            processInHead(token)
        case .endOfFile:
            processInBody(token)
        default:
            inColumnGroupAnythingElse(token)
        }
    }

    private mutating func inColumnGroupAnythingElse(_ token: TreeToken) {
        guard currentNodeIs(.colgroup) else { return parseError() }
        popCurrentNode()
        reprocess(token, in: .inTable)
    }

    /// 13.2.6.4.13 The "in table body" insertion mode.
    mutating func processInTableBody(_ token: TreeToken) {
        switch token {
        case .startTag where tag.name == .tr:
            clearStack(backTo: ElementSets.tableBodyContext)
            insertHTMLElement()
            mode = .inRow
        case .startTag where tag.name == .th || tag.name == .td:
            parseError()
            clearStack(backTo: ElementSets.tableBodyContext)
            insertHTMLElement(named: .tr)
            reprocess(token, in: .inRow)
        case .endTag where ElementSets.tableSections.contains(tag.name):
            guard hasElementInScope(tag.name, .table) else { return parseError() }
            clearStack(backTo: ElementSets.tableBodyContext)
            popCurrentNode()
            mode = .inTable
        case .startTag where [.caption, .col, .colgroup, .tbody, .tfoot, .thead].contains(tag.name),
            .endTag where tag.name == .table:
            guard hasElementInScope(of: ElementSets.tableSections, .table) else { return parseError() }
            clearStack(backTo: ElementSets.tableBodyContext)
            popCurrentNode()
            reprocess(token, in: .inTable)
        case .endTag where [.body, .caption, .col, .colgroup, .html, .td, .th, .tr].contains(tag.name):
            parseError()
        default:
            processInTable(token)
        }
    }

    /// 13.2.6.4.14 The "in row" insertion mode.
    mutating func processInRow(_ token: TreeToken) {
        switch token {
        case .startTag where tag.name == .th || tag.name == .td:
            clearStack(backTo: ElementSets.tableRowContext)
            insertHTMLElement()
            mode = .inCell
            activeFormattingElements.append(.marker)
        case .endTag where tag.name == .tr:
            guard hasElementInScope(.tr, .table) else { return parseError() }
            clearStack(backTo: ElementSets.tableRowContext)
            popCurrentNode()
            mode = .inTableBody
        case .startTag where [.caption, .col, .colgroup, .tbody, .tfoot, .thead, .tr].contains(tag.name),
            .endTag where tag.name == .table:
            guard hasElementInScope(.tr, .table) else { return parseError() }
            clearStack(backTo: ElementSets.tableRowContext)
            popCurrentNode()
            reprocess(token, in: .inTableBody)
        case .endTag where ElementSets.tableSections.contains(tag.name):
            guard hasElementInScope(tag.name, .table) else { return parseError() }
            guard hasElementInScope(.tr, .table) else { return }
            clearStack(backTo: ElementSets.tableRowContext)
            popCurrentNode()
            reprocess(token, in: .inTableBody)
        case .endTag where [.body, .caption, .col, .colgroup, .html, .td, .th].contains(tag.name):
            parseError()
        default:
            processInTable(token)
        }
    }

    /// 13.2.6.4.15 The "in cell" insertion mode.
    mutating func processInCell(_ token: TreeToken) {
        switch token {
        case .endTag where tag.name == .td || tag.name == .th:
            guard hasElementInScope(tag.name, .table) else { return parseError() }
            generateImpliedEndTags()
            if !currentNodeIs(tag.name) { parseError() }
            popUntil(tag.name)
            clearActiveFormattingElementsToLastMarker()
            mode = .inRow
        case .startTag where ElementSets.tableStructureStartTags.contains(tag.name):
            guard hasElementInScope(of: ElementSets.cells, .table) else { return parseError() }
            closeCell()
            process(token, in: mode)
        case .endTag where [.body, .caption, .col, .colgroup, .html].contains(tag.name):
            parseError()
        case .endTag where [.table, .tbody, .tfoot, .thead, .tr].contains(tag.name):
            guard hasElementInScope(tag.name, .table) else { return parseError() }
            closeCell()
            process(token, in: mode)
        default:
            processInBody(token)
        }
    }

    /// 13.2.6.4.15 "close the cell".
    private mutating func closeCell() {
        generateImpliedEndTags()
        if let current = currentNode, !isHTML(current, in: ElementSets.cells) { parseError() }
        popUntil(oneOf: ElementSets.cells)
        clearActiveFormattingElementsToLastMarker()
        mode = .inRow
    }
}
