import Foundation
import PithHTML
import PithTestSupport
import Testing

/// Inputs that once broke the parser, kept as files in `Tests/Fixtures/robustness/` (minimised
/// fuzzer findings and the like; written by us, not copied pages). Each is parsed as a document and
/// as a fragment in a few contexts of different insertion modes, and must give a sound tree.
@Suite("Robustness: fixture regressions")
struct FixtureRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/robustness", isDirectory: true)

    static let fixtures: [String] = SharedData.files(in: folder, suffix: ".html").map(\.lastPathComponent)

    @Test("the fixtures are there")
    func fixturesPresent() {
        #expect(!Self.fixtures.isEmpty, "no .html files in \(Self.folder.path)")
    }

    @Test("each fixture parses to a sound document and fragments", arguments: fixtures)
    func fixture(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        for scripting in [false, true] {
            let options = HTMLParser.Options(scriptingEnabled: scripting, collectsErrors: true)
            RobustnessChecks.expectSound(HTMLParser.parse(utf8: bytes, options: options))
            for context in ["body", "td", "select", "template", "svg path"] {
                let (fragment, root) = HTMLParser.parseFragment(utf8: bytes, context: FragmentContext(parsing: context), options: options)
                RobustnessChecks.expectSound(fragment, root: root)
            }
        }
    }
}
