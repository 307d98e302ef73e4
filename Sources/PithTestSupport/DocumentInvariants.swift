public import PithHTML

/// Structural invariants of a parsed ``Document``'s arena, checked by the robustness tests and by
/// the libFuzzer harness (`Fuzz/ParseFuzzer.swift` compiles this file into its own module).
///
/// Everything here is iterative: the checks must survive the inputs they exist to catch.
public enum DocumentInvariants {
    /// What a check found out about a document.
    public struct Report: Sendable {
        /// Broken invariants, in the order found (at most ``maximumViolations``).
        public var violations: [String] = []
        /// Nodes reachable from the document node through child links.
        public var reachableFromDocument = 0
        /// The largest ``Document/depth(of:)`` among nodes reachable from the document node.
        public var maximumDepth = 0
        /// The largest depth inside any `template` contents fragment, counted from the fragment.
        public var maximumTemplateDepth = 0

        public var isValid: Bool { violations.isEmpty }
    }

    /// Checks stop recording after this many violations.
    public static let maximumViolations = 20

    /// Checks every link and range of `document`:
    ///
    /// - node 0 is the document node and the only one; it has no parent or siblings;
    /// - every link is `none` or a node index; every data, attribute and DOCTYPE range is in bounds;
    /// - each node's child list, followed by `nextSibling`, ends at `lastChild`, and every child in it
    ///   has that node as `parent` and the previous child as `previousSibling`;
    /// - every node with a parent appears in its parent's child list exactly once, and in no other;
    /// - following child links from the parentless nodes reaches every node (so parent links have
    ///   no cycle);
    /// - text, comment, DOCTYPE and fragment nodes have no parent or children they cannot have;
    /// - template contents are parentless fragments, one per HTML `template` element;
    /// - with `expectingValidUTF8`, every text, comment and attribute value is valid UTF-8.
    ///
    /// - Complexity: O(nodes + attributes + characters).
    public static func check(_ document: Document, expectingValidUTF8: Bool = false) -> Report {
        var report = Report()
        func fail(_ message: @autoclosure () -> String) {
            if report.violations.count < maximumViolations { report.violations.append(message()) }
        }
        let nodes = document.nodes
        let count = nodes.count
        let none = NodeRecord.none
        guard count > 0, nodes[0].kind == .document else {
            fail("node 0 is not the document node")
            return report
        }
        let root = nodes[0]
        if root.parent != none || root.previousSibling != none || root.nextSibling != none {
            fail("the document node has a parent or siblings")
        }

        // Links and ranges in bounds, and node kinds where they may be.
        func inRange(_ link: UInt32) -> Bool { link == none || Int(link) < count }
        var linksInRange = true
        for (index, record) in nodes.enumerated() {
            guard inRange(record.parent), inRange(record.firstChild), inRange(record.lastChild),
                inRange(record.previousSibling), inRange(record.nextSibling)
            else {
                fail("node \(index) has a link out of range")
                linksInRange = false
                continue
            }
            if (record.firstChild == none) != (record.lastChild == none) {
                fail("node \(index) has only one of firstChild and lastChild")
            }
            switch record.kind {
            case .document:
                if index != 0 { fail("node \(index) is a second document node") }
            case .text, .comment:
                if Int(record.start) + Int(record.count) > document.characters.count {
                    fail("node \(index) data range is out of bounds")
                } else if expectingValidUTF8, !isValidUTF8(document.characters, Int(record.start), Int(record.count)) {
                    fail("node \(index) data is not valid UTF-8")
                }
                if record.firstChild != none { fail("character data node \(index) has children") }
            case .documentType:
                if Int(record.start) >= document.doctypes.count { fail("doctype node \(index) has no record") }
                if record.firstChild != none { fail("doctype node \(index) has children") }
            case .element:
                let end = Int(record.start) + Int(record.count)
                guard end <= document.attributes.count else {
                    fail("element \(index) attribute range is out of bounds")
                    continue
                }
                for attribute in document.attributes[Int(record.start)..<end] {
                    let valueEnd = Int(attribute.valueStart) + Int(attribute.valueLength)
                    if valueEnd > document.characters.count {
                        fail("element \(index) has an attribute value out of bounds")
                    } else if expectingValidUTF8,
                        !isValidUTF8(document.characters, Int(attribute.valueStart), Int(attribute.valueLength))
                    {
                        fail("element \(index) has an attribute value that is not valid UTF-8")
                    }
                }
            case .documentFragment:
                if record.parent != none { fail("fragment \(index) has a parent") }
            }
        }
        guard linksInRange else { return report }

        // Template contents.
        for (template, contents) in document.templateContents {
            guard template.index < count, contents.index < count else {
                fail("template contents entry out of range")
                continue
            }
            if !document.isHTMLElement(template, named: .template) { fail("node \(template) has contents but is not a template") }
            if nodes[contents.index].kind != .documentFragment { fail("contents of \(template) is not a fragment") }
        }

        // Child lists against parent and sibling links; each node listed at most once.
        var listed = [Bool](repeating: false, count: count)
        for (index, record) in nodes.enumerated() where record.firstChild != none {
            var previous = none
            var child = record.firstChild
            var steps = 0
            while child != none {
                steps += 1
                if steps > count {
                    fail("the child list of node \(index) has a cycle")
                    break
                }
                let childRecord = nodes[Int(child)]
                if listed[Int(child)] { fail("node \(child) is listed as a child twice") }
                listed[Int(child)] = true
                if childRecord.parent != UInt32(index) { fail("node \(child) is a child of \(index) but its parent is \(childRecord.parent)") }
                if childRecord.previousSibling != previous { fail("node \(child) has previousSibling \(childRecord.previousSibling), expected \(previous)") }
                if childRecord.kind == .document || childRecord.kind == .documentFragment { fail("node \(child) of kind \(childRecord.kind) is a child") }
                previous = child
                child = childRecord.nextSibling
            }
            if steps <= count, previous != record.lastChild { fail("node \(index) lastChild is \(record.lastChild), its list ends at \(previous)") }
        }
        for (index, record) in nodes.enumerated() where record.parent != none && !listed[index] {
            fail("node \(index) has parent \(record.parent) but is not in its child list")
        }
        for (index, record) in nodes.enumerated() where record.parent == none && (record.previousSibling != none || record.nextSibling != none) {
            fail("parentless node \(index) has siblings")
        }
        guard report.isValid else { return report }

        // Reachability from the parentless nodes, with an explicit stack; depth below each root.
        var reached = 0
        var stack: [(node: UInt32, depth: Int)] = []
        for (index, record) in nodes.enumerated() where record.parent == none {
            stack.append((UInt32(index), 0))
            var deepest = 0
            var subtree = 0
            while let (node, depth) = stack.popLast() {
                subtree += 1
                deepest = max(deepest, depth)
                var child = nodes[Int(node)].firstChild
                while child != none {
                    stack.append((child, depth + 1))
                    child = nodes[Int(child)].nextSibling
                }
            }
            reached += subtree
            if index == 0 {
                report.reachableFromDocument = subtree
                report.maximumDepth = deepest
            } else if record.kind == .documentFragment {
                report.maximumTemplateDepth = max(report.maximumTemplateDepth, deepest)
            }
        }
        if reached != count { fail("\(count - reached) nodes are on a parent cycle") }
        return report
    }

    /// Whether `bytes[start..<start + length]` is well-formed UTF-8.
    private static func isValidUTF8(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Bool {
        var iterator = bytes[start..<(start + length)].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }
}
