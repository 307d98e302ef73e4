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

    @Option(help: "Decode the input with this encoding label (e.g. windows-1251) instead of detecting it.")
    var encoding: String?

    @Flag(help: "Print the detected character encoding and how it was determined.")
    var showEncoding = false

    @Option(help: "The scripting flag: on parses <noscript> contents as text, off as markup.")
    var scripting: ScriptingFlag = .off

    enum ScriptingFlag: String, ExpressibleByArgument {
        case on, off
    }

    func run() throws {
        let options = HTMLParser.Options(scriptingEnabled: scripting == .on)
        for path in files {
            let bytes = try InputFile.read(path)
            if let encoding, CharacterEncoding(label: encoding) == nil {
                throw CLIError("unknown encoding label: \(encoding)")
            }
            let document: Document
            let root: NodeID
            if let fragment {
                let decoded = HTMLInputDecoder.decode(bytes, transportCharset: encoding)
                (document, root) = HTMLParser.parseFragment(utf8: decoded.utf8, context: FragmentContext(parsing: fragment), options: options)
            } else {
                document = HTMLParser.parse(bytes: bytes, transportCharset: encoding, options: options)
                root = .document
            }
            if showEncoding, let detection = document.encoding {
                printError("\(path): \(detection.encoding.name) (\(detection.source))")
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
