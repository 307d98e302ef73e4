/// The `selectedcontent` side effects the parser must produce (whatwg/html#10548, #11764): when an
/// `option` is popped off the stack of open elements and it is its select's selected option, its
/// children are cloned into the select's first `selectedcontent` element.
///
/// Selectedness follows the "selectedness setting algorithm" incrementally, in insertion order:
/// the last option with a `selected` attribute wins, else the first option that is not disabled.
/// Pages without `selectedcontent` pay one empty-dictionary check per popped `option`.
extension TreeBuilder {
    /// Called when an `option` is inserted into the tree.
    mutating func optionWasInserted(_ option: NodeID) {
        guard let select = nearestAncestorSelect(of: option), !document.hasAttribute(.multiple, of: select) else { return }
        if document.hasAttribute(.selected, of: option) {
            selectedOptions[select] = option
        } else if selectedOptions[select] == nil, displaySize(of: select) == 1, !isDisabled(option) {
            selectedOptions[select] = option
        }
    }

    /// Called whenever an `option` leaves the stack of open elements.
    mutating func optionWasPopped(_ option: NodeID) {
        guard !selectedContentElements.isEmpty,
            let select = nearestAncestorSelect(of: option),
            selectedOptions[select] == option,
            let target = selectedContentElements[select]
        else { return }
        // "Clone an option into a selectedcontent": replace all children with deep clones.
        while let child = document.firstChild(of: target) { document.remove(child) }
        let targetDepth = document.depth(of: target)
        // A selectedcontent at the depth cap (or past it) gets no copies: they could not nest.
        guard targetDepth < limits.maxTreeDepth else { return }
        var child = document.firstChild(of: option)
        while let original = child {
            document.insert(deepClone(original, at: targetDepth + 1), into: target)
            child = document.nextSibling(of: original)
        }
    }

    /// Called when a `selectedcontent` element is inserted: the first enabled one of each select counts.
    mutating func selectedContentWasInserted(_ element: NodeID) {
        guard let select = nearestAncestorSelect(of: element, forSelectedContent: true),
            !document.hasAttribute(.multiple, of: select),
            selectedContentElements[select] == nil
        else { return }
        selectedContentElements[select] = element
    }

    /// "nearest ancestor select": `datalist`, `hr` or `option` ancestors (or a second `optgroup`)
    /// cut the option off from any select. For `selectedcontent`, an `option`, a `selectedcontent`
    /// or a second `select` ancestor disables it.
    private func nearestAncestorSelect(of node: NodeID, forSelectedContent: Bool = false) -> NodeID? {
        var sawOptgroup = false
        var found: NodeID?
        var current = document.parent(of: node)
        while let ancestor = current {
            if document.namespace(of: ancestor) == .html {
                let name = document.name(of: ancestor)
                if name == .select {
                    if !forSelectedContent { return ancestor }
                    if found != nil { return nil }
                    found = ancestor
                } else if forSelectedContent {
                    if name == .option || name == .selectedcontent { return nil }
                } else if name == .datalist || name == .hr || name == .option {
                    return nil
                } else if name == .optgroup {
                    if sawOptgroup { return nil }
                    sawOptgroup = true
                }
            }
            current = document.parent(of: ancestor)
        }
        return found
    }

    private func isDisabled(_ option: NodeID) -> Bool {
        if document.hasAttribute(.disabled, of: option) { return true }
        guard let parent = document.parent(of: option), isHTML(parent, .optgroup) else { return false }
        return document.hasAttribute(.disabled, of: parent)
    }

    /// A select's display size: its `size` if a positive integer, else 1 (4 with `multiple`).
    private func displaySize(of select: NodeID) -> Int {
        if let size = document.attribute(.size, of: select), let value = Int(size.trimmingASCIIWhitespace), value > 0 {
            return value
        }
        return document.hasAttribute(.multiple, of: select) ? 4 : 1
    }

    /// A deep copy of `root` (not inserted anywhere) for a place at `rootDepth`, built without
    /// recursion. Copies that would sit deeper than ``ParserLimits/maxTreeDepth`` + 1 join the copy
    /// at the cap instead, as the parser attaches elements past it.
    private mutating func deepClone(_ root: NodeID, at rootDepth: Int) -> NodeID {
        let rootClone = cloneNode(root)
        // Each original whose children are still to copy, with the copy that receives them.
        var pending: [(original: NodeID, holder: NodeID, holderDepth: Int)] = [(root, rootClone, rootDepth)]
        while let (original, holder, holderDepth) = pending.popLast() {
            var child = document.firstChild(of: original)
            while let childOriginal = child {
                let childClone = cloneNode(childOriginal)
                document.insert(childClone, into: holder)
                let childDepth = holderDepth + 1
                pending.append(childDepth <= limits.maxTreeDepth ? (childOriginal, childClone, childDepth) : (childOriginal, holder, holderDepth))
                child = document.nextSibling(of: childOriginal)
            }
        }
        return rootClone
    }

    private mutating func cloneNode(_ node: NodeID) -> NodeID {
        switch document.kind(of: node) {
        case .text:
            let data = Array(document.text(of: node).utf8)
            return data.withUnsafeBufferPointer { document.createText($0) }
        case .comment:
            let data = Array(document.text(of: node).utf8)
            return data.withUnsafeBufferPointer { document.createComment($0) }
        default:
            return document.cloneElement(node)
        }
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace.
    var trimmingASCIIWhitespace: Substring {
        let isWhitespace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{0C}" || $0 == "\r" }
        guard let first = firstIndex(where: { !isWhitespace($0) }), let last = lastIndex(where: { !isWhitespace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
