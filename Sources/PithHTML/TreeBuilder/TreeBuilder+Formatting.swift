/// The list of active formatting elements and the adoption agency algorithm (13.2.4.3, 13.2.6.4.7).
extension TreeBuilder {
    /// Index in the list of `node`, if it is there after the last marker.
    ///
    /// Every caller asks about an element the adoption agency or the `a` start tag found after the
    /// last marker, or one above it on the stack (opened later, so listed later): stopping at the
    /// marker gives the spec's answer without a scan of the whole list, which the markers of
    /// nested cells, captions, templates and objects make as long as the input.
    func formattingIndex(of node: NodeID) -> Int? {
        for index in activeFormattingElements.indices.reversed() {
            guard case .element(let other) = activeFormattingElements[index] else { return nil }
            if other == node { return index }
        }
        return nil
    }

    /// 13.2.4.3 "push onto the list of active formatting elements", with the Noah's Ark clause:
    /// at most three equal elements (same name, namespace and attributes) after the last marker.
    ///
    /// Beyond the spec, at most ``ParserLimits/maxTreeDepth`` elements stay after the last marker
    /// (the earliest is dropped, as Noah's Ark drops an equal one): each push, reconstruction and
    /// adoption agency run scans them, so distinct unclosed `<b a=1><b a=2>…` would be quadratic.
    mutating func pushActiveFormattingElement(_ element: NodeID) {
        var equalCount = 0
        var earliestEqual: Int?
        var firstAfterMarker = activeFormattingElements.count
        for index in activeFormattingElements.indices.reversed() {
            guard case .element(let other) = activeFormattingElements[index] else { break }
            firstAfterMarker = index
            if hasSameNameAndAttributes(other, element) {
                equalCount += 1
                earliestEqual = index
            }
        }
        if equalCount >= 3, let earliestEqual {
            activeFormattingElements.remove(at: earliestEqual)
        } else if activeFormattingElements.count - firstAfterMarker >= limits.maxTreeDepth {
            activeFormattingElements.remove(at: firstAfterMarker)
        }
        activeFormattingElements.append(.element(element))
    }

    private func hasSameNameAndAttributes(_ a: NodeID, _ b: NodeID) -> Bool {
        let recordA = document.nodes[a.index]
        let recordB = document.nodes[b.index]
        guard recordA.name == recordB.name, recordA.namespace == recordB.namespace, recordA.count == recordB.count else {
            return false
        }
        let rangeB = document.attributeRange(of: b)
        for indexA in document.attributeRange(of: a) {
            let attributeA = document.attributes[indexA]
            guard let indexB = rangeB.first(where: {
                document.attributes[$0].name == attributeA.name && document.attributes[$0].namespace == attributeA.namespace
            }) else { return false }
            let attributeB = document.attributes[indexB]
            guard attributeA.valueLength == attributeB.valueLength else { return false }
            let startA = Int(attributeA.valueStart)
            let startB = Int(attributeB.valueStart)
            for offset in 0..<Int(attributeA.valueLength)
            where document.characters[startA + offset] != document.characters[startB + offset] {
                return false
            }
        }
        return true
    }

    /// 13.2.4.3 "reconstruct the active formatting elements".
    mutating func reconstructActiveFormattingElements() {
        guard let last = activeFormattingElements.last else { return }
        if case .element(let node) = last, openElementsInReach.lastIndex(of: node) == nil {} else { return }
        // Rewind to the entry after the last one that is a marker or open.
        var index = activeFormattingElements.count - 1
        while index > 0 {
            let previous = activeFormattingElements[index - 1]
            if case .element(let node) = previous, openElementsInReach.lastIndex(of: node) == nil {
                index -= 1
            } else {
                break
            }
        }
        // Advance and create.
        while index < activeFormattingElements.count {
            guard case .element(let original) = activeFormattingElements[index] else { break }
            let clone = document.cloneElement(original)
            let location = appropriateInsertionLocation()
            document.insert(clone, into: location.parent, before: location.before)
            openElements.append(clone)
            activeFormattingElements[index] = .element(clone)
            index += 1
        }
    }

    /// 13.2.4.3 "clear the list of active formatting elements up to the last marker".
    mutating func clearActiveFormattingElementsToLastMarker() {
        while let entry = activeFormattingElements.popLast(), entry != .marker {}
    }

    /// 13.2.6.4.7 "adoption agency algorithm" for an end tag (or an implied one) named `subject`.
    ///
    /// - Returns: `false` when the caller must act as for "any other end tag" instead.
    mutating func runAdoptionAgency(_ subject: LocalName) -> Bool {
        // Step 2.
        if let current = currentNode, isHTML(current, subject), formattingIndex(of: current) == nil {
            popCurrentNode()
            return true
        }
        // Steps 3–4: the outer loop runs at most eight times.
        for _ in 0..<8 {
            // Step 5.
            var formattingEntryIndex: Int?
            for index in activeFormattingElements.indices.reversed() {
                guard case .element(let node) = activeFormattingElements[index] else { break }
                if isHTML(node, subject) {
                    formattingEntryIndex = index
                    break
                }
            }
            guard let formattingEntryIndex, case .element(let formattingElement) = activeFormattingElements[formattingEntryIndex]
            else { return false }
            // Step 6.
            guard let formattingStackIndex = openElementsInReach.lastIndex(of: formattingElement) else {
                parseError()
                activeFormattingElements.remove(at: formattingEntryIndex)
                return true
            }
            // Step 7.
            guard hasNodeInScope(formattingElement) else {
                parseError()
                return true
            }
            // Step 8.
            if formattingElement != currentNode { parseError() }
            // Step 9.
            var furthestBlockIndex: Int?
            for index in (formattingStackIndex + 1)..<openElements.count where isSpecial(openElements[index]) {
                furthestBlockIndex = index
                break
            }
            // Step 10. Also taken past the depth cap: there the stack no longer mirrors the tree
            // (elements past the cap are siblings), and the moves below would nest the furthest
            // block's subtree one level deeper with every run, without bound.
            guard let furthestBlockIndex, openElements.count <= limits.maxTreeDepth else {
                while let node = currentNode {
                    popCurrentNode()
                    if node == formattingElement { break }
                }
                if let index = formattingIndex(of: formattingElement) { activeFormattingElements.remove(at: index) }
                return true
            }
            let furthestBlock = openElements[furthestBlockIndex]
            // Steps 11–12.
            let commonAncestor = openElements[formattingStackIndex - 1]
            var bookmark = formattingEntryIndex
            // Steps 13–14: the inner loop.
            var node = furthestBlock
            var nodeIndex = furthestBlockIndex
            var lastNode = furthestBlock
            var innerLoopCounter = 0
            while true {
                innerLoopCounter += 1
                nodeIndex -= 1
                node = openElements[nodeIndex]
                if node == formattingElement { break }
                if innerLoopCounter > 3, let entry = formattingIndex(of: node) {
                    activeFormattingElements.remove(at: entry)
                    if entry < bookmark { bookmark -= 1 }
                }
                guard let entry = formattingIndex(of: node) else {
                    openElements.remove(at: nodeIndex)
                    if isHTML(node, .option) { optionWasPopped(node) }
                    continue
                }
                let replacement = document.cloneElement(node)
                activeFormattingElements[entry] = .element(replacement)
                openElements[nodeIndex] = replacement
                node = replacement
                if lastNode == furthestBlock { bookmark = entry + 1 }
                move(lastNode, into: node, before: nil)
                lastNode = node
            }
            // Step 15.
            let location = appropriateInsertionLocation(overrideTarget: commonAncestor)
            move(lastNode, into: location.parent, before: location.before)
            // Steps 16–18.
            let newElement = document.cloneElement(formattingElement)
            document.moveChildren(of: furthestBlock, to: newElement)
            document.insert(newElement, into: furthestBlock)
            // Step 19.
            if let index = formattingIndex(of: formattingElement) {
                activeFormattingElements.remove(at: index)
                if index < bookmark { bookmark -= 1 }
            }
            activeFormattingElements.insert(.element(newElement), at: min(bookmark, activeFormattingElements.count))
            // Step 20.
            if let index = openElements.lastIndex(of: formattingElement) { openElements.remove(at: index) }
            if let index = openElements.lastIndex(of: furthestBlock) {
                openElements.insert(newElement, at: index + 1)
            }
        }
        return true
    }

    /// Moves `node` (with its subtree) to a new place. Past the depth cap the open-element stack no
    /// longer mirrors the tree, so a move that would put a node inside itself is skipped there.
    private mutating func move(_ node: NodeID, into parent: NodeID, before reference: NodeID?) {
        if openElements.count > limits.maxTreeDepth && document.isInclusiveAncestor(node, of: parent) { return }
        document.remove(node)
        document.insert(node, into: parent, before: reference)
    }
}
