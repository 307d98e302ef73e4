import Foundation

/// One run of an html5lib tree-construction test (`tree-construction/*.dat`) in one scripting mode.
public struct TreeConstructionTestCase: Sendable, CustomStringConvertible {
    /// `file.dat#index@script-on|script-off`: the key of the expected-failures list.
    public let id: String
    public let input: String
    /// The fragment context (`td`, `svg path`), if this is a fragment test.
    public let fragmentContext: String?
    public let scriptingEnabled: Bool
    /// The expected tree, in the dump format, lines ending with `\n`.
    public let expectedTree: String
    public let expectedErrorCount: Int

    public var description: String { id }

    /// Every case of every `.dat` file in the suite's `tree-construction` folder (not `scripted/`).
    public static func loadAll() -> [TreeConstructionTestCase] {
        let folder = SharedData.html5libTests.appendingPathComponent("tree-construction")
        return SharedData.files(in: folder, suffix: ".dat").flatMap(load)
    }

    static func load(_ file: URL) -> [TreeConstructionTestCase] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var cases: [TreeConstructionTestCase] = []
        var lines = text.components(separatedBy: "\n")[...]
        var index = 0
        while let first = lines.first {
            guard first == "#data" else {
                lines = lines.dropFirst()
                continue
            }
            lines = lines.dropFirst()
            var sections: [String: [String]] = [:]
            var current = "#data"
            var order: [String] = ["#data"]
            while let line = lines.first {
                // A test ends at the blank line before the next `#data` (or at the end of the file).
                if line.isEmpty, current == "#document", lines.dropFirst().first.map({ $0 == "#data" }) ?? true {
                    lines = lines.dropFirst()
                    break
                }
                if line.hasPrefix("#"), ["#errors", "#new-errors", "#document-fragment", "#script-off", "#script-on", "#document"].contains(line) {
                    current = line
                    order.append(line)
                    sections[line, default: []] = sections[line] ?? []
                } else {
                    sections[current, default: []].append(line)
                }
                lines = lines.dropFirst()
            }
            let input = (sections["#data"] ?? []).joined(separator: "\n")
            let fragment = sections["#document-fragment"]?.first
            let expected = (sections["#document"] ?? []).map { $0 + "\n" }.joined()
            let errorCount = (sections["#errors"]?.count ?? 0) + (sections["#new-errors"]?.count ?? 0)
            var modes: [Bool] = [false, true]
            if order.contains("#script-off") { modes = [false] }
            if order.contains("#script-on") { modes = [true] }
            for scripting in modes {
                cases.append(TreeConstructionTestCase(
                    id: "\(file.lastPathComponent)#\(index)@\(scripting ? "script-on" : "script-off")",
                    input: input,
                    fragmentContext: fragment,
                    scriptingEnabled: scripting,
                    expectedTree: expected,
                    expectedErrorCount: errorCount
                ))
            }
            index += 1
        }
        return cases
    }
}
