/// Creating and inserting nodes (13.2.6.1).
extension TreeBuilder {
    /// An insertion location: inside `parent`, before `child` (or last when `child` is nil).
    struct InsertionLocation {
        var parent: NodeID
        var before: NodeID?
    }

    /// 13.2.6.1 "the appropriate place for inserting a node", with foster parenting and template
    /// contents, and the depth cap of ``ParserLimits/maxTreeDepth``.
    func appropriateInsertionLocation(overrideTarget: NodeID? = nil) -> InsertionLocation {
        var target = overrideTarget ?? currentNode ?? .document
        if overrideTarget == nil, openElements.count > limits.maxTreeDepth {
            // Deeper than the cap: attach to the element at the cap instead of nesting further.
            target = openElements[limits.maxTreeDepth - 1]
        }
        var location: InsertionLocation
        if fosterParenting && isHTML(target, in: ElementSets.fosterParentTargets) {
            location = fosterParentLocation()
        } else {
            location = InsertionLocation(parent: target, before: nil)
        }
        if isHTML(location.parent, .template), let contents = document.templateContents[location.parent] {
            location = InsertionLocation(parent: contents, before: nil)
        }
        return location
    }

    /// Step 2 of "the appropriate place for inserting a node" when foster parenting.
    private func fosterParentLocation() -> InsertionLocation {
        let lastTemplate = openElementsInReach.lastIndex { isHTML($0, .template) }
        let lastTable = openElementsInReach.lastIndex { isHTML($0, .table) }
        if let lastTemplate, lastTable == nil || lastTemplate > lastTable! {
            return InsertionLocation(parent: openElements[lastTemplate], before: nil)
        }
        guard let lastTable else {
            // Fragment case: the html element.
            return InsertionLocation(parent: openElements[0], before: nil)
        }
        let table = openElements[lastTable]
        if let parent = document.parent(of: table) {
            return InsertionLocation(parent: parent, before: table)
        }
        return InsertionLocation(parent: openElements[lastTable - 1], before: nil)
    }

    /// 13.2.6.1 "insert a character" for a run of characters.
    mutating func insertCharacters(_ bytes: UnsafeBufferPointer<UInt8>) {
        let location = appropriateInsertionLocation()
        guard location.parent != .document else { return }
        let previous = location.before.map { document.nodes[$0.index].previousSibling }
            ?? document.nodes[location.parent.index].lastChild
        if previous != NodeRecord.none, document.nodes[Int(previous)].kind == .text {
            document.appendText(bytes, to: NodeID(previous))
        } else {
            let text = document.createText(bytes)
            document.insert(text, into: location.parent, before: location.before)
        }
    }

    mutating func insertReplacementCharacter() {
        ASCII.replacementCharacter.withUnsafeBufferPointer { insertCharacters($0) }
    }

    /// 13.2.6.1 "insert a comment", at the appropriate place or as the last child of `parent`.
    mutating func insertComment(_ bytes: UnsafeBufferPointer<UInt8>, asLastChildOf parent: NodeID? = nil) {
        let comment = document.createComment(bytes)
        if let parent {
            document.insert(comment, into: parent)
        } else {
            let location = appropriateInsertionLocation()
            document.insert(comment, into: location.parent, before: location.before)
        }
    }

    /// 13.2.6.1 "insert an HTML element" for the current tag token.
    @discardableResult
    mutating func insertHTMLElement() -> NodeID {
        insertElement(namespace: .html)
    }

    /// "insert an HTML element for a `name` start tag token with no attributes".
    @discardableResult
    mutating func insertHTMLElement(named name: LocalName) -> NodeID {
        let element = document.createElement(name, namespace: .html, tag: TagToken())
        insertAtAppropriatePlace(element)
        return element
    }

    /// 13.2.6.1 "insert a foreign element" for the current tag token, in `namespace`.
    @discardableResult
    mutating func insertElement(namespace: Namespace) -> NodeID {
        let element = document.createElement(tag.name, namespace: namespace, tag: tag)
        if namespace == .html && tag.name == .template {
            _ = document.createTemplateContents(for: element)
        }
        insertAtAppropriatePlace(element)
        return element
    }

    private mutating func insertAtAppropriatePlace(_ element: NodeID) {
        let location = appropriateInsertionLocation()
        document.insert(element, into: location.parent, before: location.before)
        if isHTML(element, .option) { optionWasInserted(element) }
        if isHTML(element, .selectedcontent) { selectedContentWasInserted(element) }
        if isHTML(element, .p) { openParagraphCount += 1 }
        openElements.append(element)
    }

    /// Inserts an HTML element for the token and pops it at once (void elements).
    mutating func insertVoidHTMLElement() {
        insertHTMLElement()
        popCurrentNode()
        acknowledgeSelfClosingFlag()
    }

    /// 13.2.6.2 "generic raw text / RCDATA element parsing algorithm".
    mutating func parseGenericText(_ state: TokenizerState) {
        insertHTMLElement()
        tokenizerStateRequest = state
        originalMode = mode
        mode = .text
    }

    // MARK: - Foreign content adjustments

    /// 13.2.6.1 "adjust MathML attributes".
    mutating func adjustMathMLAttributes() {
        for index in tag.attributes.indices where tag.attributes[index].name == .definitionurl {
            tag.attributes[index].name = .definitionURL
        }
    }

    /// 13.2.6.1 "adjust SVG attributes".
    mutating func adjustSVGAttributes() {
        for index in tag.attributes.indices {
            if let adjusted = ForeignNames.svgAttributes[tag.attributes[index].name] {
                tag.attributes[index].name = adjusted
            }
        }
    }

    /// 13.2.6.1 "adjust foreign attributes": `xlink:href` and friends become namespaced.
    mutating func adjustForeignAttributes() {
        for index in tag.attributes.indices {
            if let (local, namespace) = ForeignNames.namespacedAttributes[tag.attributes[index].name] {
                tag.attributes[index].name = local
                tag.attributes[index].namespace = namespace
            }
        }
    }
}

/// Lookup tables built once from the generated foreign-content adjustment lists.
enum ForeignNames {
    static let svgTagNames: [LocalName: LocalName] = Dictionary(
        ForeignAdjustments.svgTagNames.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }
    )
    static let svgAttributes: [LocalName: LocalName] = Dictionary(
        ForeignAdjustments.svgAttributeNames.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }
    )
    /// Adjusted SVG names back to the lowercase names tokens carry.
    static let lowercaseSVGTagNames: [LocalName: LocalName] = Dictionary(
        ForeignAdjustments.svgTagNames.map { ($0.1, $0.0) }, uniquingKeysWith: { first, _ in first }
    )
    /// Qualified attribute name as the tokenizer interns it (e.g. `xlink:href`) → local name, namespace.
    static let namespacedAttributes: [LocalName: (LocalName, Namespace)] = {
        var table: [LocalName: (LocalName, Namespace)] = [:]
        for (qualified, _, local, namespace) in ForeignAdjustments.foreignAttributes {
            guard let name = LocalName.known(qualified) else { continue }
            table[name] = (local, namespace)
        }
        return table
    }()
}
