import PithHTML
import PithTestSupport
import Testing

/// Checks shared by the robustness tests: whatever the input, the document must be a sound tree.
enum RobustnessChecks {
    /// The deepest ``Document/depth(of:)`` a parse may produce: elements past
    /// ``ParserLimits/maxTreeDepth`` open elements become children of the element at the cap, one
    /// level below it.
    static let depthBound = ParserLimits().maxTreeDepth + 1

    /// Checks the arena's invariants and the depth cap, runs every whole-tree API (they must not
    /// recurse), and returns the invariant report for further expectations.
    ///
    /// - Parameter treeDump: whether to build the tree dump too. Its lines are indented by depth, so
    ///   on 100k nodes at the depth cap it is 100 MB, too slow for a debug-build test; a smaller
    ///   document at the same depth checks it as well.
    @discardableResult
    static func expectSound(
        _ document: Document,
        root: NodeID = .document,
        validUTF8: Bool = false,
        treeDump: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> DocumentInvariants.Report {
        let report = DocumentInvariants.check(document, expectingValidUTF8: validUTF8)
        #expect(report.violations.isEmpty, "\(report.violations)", sourceLocation: sourceLocation)
        #expect(report.maximumDepth <= depthBound, sourceLocation: sourceLocation)
        #expect(report.maximumTemplateDepth <= depthBound, sourceLocation: sourceLocation)
        #expect(document.nodeCount >= 1, sourceLocation: sourceLocation)

        var entered = 0
        var open = 0
        for event in document.walk(from: .document) {
            if case .enter = event { entered += 1; open += 1 } else { open -= 1 }
        }
        #expect(open == 0 && entered == report.reachableFromDocument, sourceLocation: sourceLocation)
        _ = document.textContent(of: root)
        if treeDump { _ = document.treeDump(childrenOf: root) }
        _ = document.serializedHTML(childrenOf: root)
        return report
    }

    /// The HTML serialization parses back to the same tree (checked on inputs where the
    /// serializer's output is known to round-trip: no foster parenting, misnesting or raw text
    /// that could contain its own end tag).
    static func expectRoundTrip(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
        let html = document.serializedHTML()
        let reparsed = HTMLParser.parse(html)
        #expect(reparsed.treeDump() == document.treeDump(), sourceLocation: sourceLocation)
    }

    /// The depth of the deepest node reachable from the document node.
    static func maximumDepth(of document: Document) -> Int {
        DocumentInvariants.check(document).maximumDepth
    }

    /// `piece` repeated `count` times, as bytes.
    static func repeated(_ piece: String, _ count: Int) -> [UInt8] {
        Array(String(repeating: piece, count: count).utf8)
    }
}
