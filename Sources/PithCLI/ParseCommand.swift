import ArgumentParser
import PithHTML

/// `pith parse`: shows what the HTML parser made of a page.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse HTML and print the tree, the serialized HTML, or nothing.",
        discussion: """
            --dump-tree prints the html5lib tree-construction test format, which is how the parser's
            conformance can be checked from outside. Without an output flag, prints a one-line summary.
            """
    )

    @Argument(help: "HTML files, or - for standard input.")
    var files: [String]

    @Flag(help: "Print the document in the html5lib tree-construction test format.")
    var dumpTree = false

    @Flag(help: "Print the document serialized as HTML.")
    var serialize = false

    @Flag(help: "Parse every file and print nothing (for timing).")
    var quiet = false

    @Option(help: "Parse as a fragment in this context element, e.g. td or \"svg path\".")
    var fragment: String?

    @Option(help: "The scripting flag: on parses <noscript> contents as text, off as markup.")
    var scripting: ScriptingFlag = .off

    enum ScriptingFlag: String, ExpressibleByArgument {
        case on, off
    }

    func run() throws {
        let options = HTMLParser.Options(scriptingEnabled: scripting == .on)
        for path in files {
            let bytes = try InputFile.read(path)
            let document: Document
            let root: NodeID
            if let fragment {
                (document, root) = HTMLParser.parseFragment(utf8: bytes, context: FragmentContext(parsing: fragment), options: options)
            } else {
                document = HTMLParser.parse(utf8: bytes, options: options)
                root = .document
            }
            if quiet { continue }
            if dumpTree {
                writeOutput(document.treeDump(childrenOf: root))
            } else if serialize {
                writeOutput(document.serializedHTML(childrenOf: root, scriptingEnabled: scripting == .on) + "\n")
            } else {
                writeOutput("\(path): \(document.nodeCount) nodes, \(bytes.count) bytes\n")
            }
        }
    }
}
