import PithHTML
import PithTestSupport
import Testing

/// The html5lib tree-construction suite, read in place from `../shared/html5lib-tests/tree-construction`.
@Suite("html5lib tree-construction conformance")
struct TreeConstructionConformanceTests {
    static let cases = TreeConstructionTestCase.loadAll()

    static func dump(_ testCase: TreeConstructionTestCase) -> String {
        let options = HTMLParser.Options(scriptingEnabled: testCase.scriptingEnabled)
        let input = Array(testCase.input.utf8)
        if let context = testCase.fragmentContext {
            let (document, root) = HTMLParser.parseFragment(utf8: input, context: FragmentContext(parsing: context), options: options)
            return document.treeDump(childrenOf: root)
        }
        return HTMLParser.parse(utf8: input, options: options).treeDump()
    }

    @Test("the suite is present and complete")
    func suiteIsPresent() {
        #expect(Self.cases.count > 2500, "expected the full html5lib tree-construction suite in ../shared")
    }

    @Test("trees match", arguments: cases)
    func treesMatch(_ testCase: TreeConstructionTestCase) {
        let expectedFailure = ExpectedFailures.treeConstruction[testCase.id]
        let tree = Self.dump(testCase)
        withKnownIssue(expectedFailure ?? "", isIntermittent: false) {
            #expect(tree == testCase.expectedTree, "input: \(testCase.input)")
        } when: {
            expectedFailure != nil
        }
    }
}
