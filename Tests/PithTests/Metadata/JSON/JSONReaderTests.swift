import Pith
import Testing

@Suite("JSONReader")
struct JSONReaderTests {
    static func read(_ text: String) -> JSONTree {
        var tree = JSONTree()
        JSONReader.read(text, into: &tree)
        return tree
    }

    /// The string value at a path of object keys from the first root.
    static func string(_ tree: JSONTree, _ path: String...) -> String? {
        guard var node = tree.roots.first else { return nil }
        for key in path {
            guard let next = tree.member(key, of: node) else { return nil }
            node = next
        }
        return tree.scalarText(of: node)
    }

    @Test("reads strict JSON")
    func strict() {
        let tree = Self.read(#"{"a": "x", "b": [1, 2.5, true, null], "c": {"d": "\u00e9\n"}}"#)
        #expect(Self.string(tree, "a") == "x")
        #expect(Self.string(tree, "c", "d") == "é\n")
        let array = tree.member("b", of: tree.roots[0])!
        #expect(tree.children(of: array).map { tree.kind(of: $0) } == [.number, .number, .bool, .null])
    }

    @Test("tolerates what pages write", arguments: [
        #"{"headline": "A", }"#,  // trailing comma
        #"{"headline": "A" "x": 1}"#,  // missing comma
        "{\"headline\": \"A\" // comment\n}",  // line comment
        #"{/* block */ "headline": "A"}"#,  // block comment
        #"<!--{"headline": "A"}-->"#,  // HTML comment wrapper
        "//<![CDATA[\n{\"headline\": \"A\"}\n//]]>",  // CDATA wrapper
        #"{headline: 'A'}"#,  // unquoted key, single quotes
        #"{&quot;headline&quot;: &quot;A&quot;}"#,  // escaped as HTML
        #"{"headline": "A""#,  // truncated
    ])
    func tolerant(_ text: String) {
        #expect(Self.string(Self.read(text), "headline") == "A")
    }

    @Test("keeps raw line breaks and inner quotes in strings")
    func rawControlCharacters() {
        let tree = Self.read("{\"body\": \"one\ntwo\", \"quote\": \"He said \"hi\" today\"}")
        #expect(Self.string(tree, "body") == "one\ntwo")
        #expect(Self.string(tree, "quote") == "He said \"hi\" today")
    }

    @Test("decodes character references and surrogate pairs")
    func references() {
        let tree = Self.read(#"{"a": "Rock &amp; Roll&#8217;s", "b": "\ud83d\ude00"}"#)
        #expect(Self.string(tree, "a") == "Rock & Roll’s")
        #expect(Self.string(tree, "b") == "😀")
    }

    @Test("reads several top-level values as roots")
    func severalRoots() {
        let tree = Self.read(#"{"a": 1}{"b": 2}, [3]"#)
        #expect(tree.roots.count == 3)
        #expect(tree.kind(of: tree.roots[2]) == .array)
    }

    @Test("skips containers nested past the depth limit without recursion")
    func deepNesting() {
        let depth = 100_000
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + #"{"a": "after"}"#
        let tree = Self.read(text)
        // The arrays up to the limit, then the object and its member.
        #expect(tree.nodeCount == JSONReader.Limits().maximumDepth + 2)
        #expect(tree.roots.count == 2)
        #expect(tree.scalarText(of: tree.member("a", of: tree.roots[1])!) == "after")
    }

    @Test("stops at the node limit")
    func nodeLimit() {
        var limits = JSONReader.Limits()
        limits.maximumNodes = 10
        var tree = JSONTree()
        JSONReader.read("[" + String(repeating: "1,", count: 1000) + "]", into: &tree, limits: limits)
        #expect(tree.nodeCount == 10)
    }
}
