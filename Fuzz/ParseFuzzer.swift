// The libFuzzer entry point for PithHTML. Not part of the package build: `Scripts/fuzz.sh` compiles
// it with the PithHTML sources and `Sources/PithTestSupport/DocumentInvariants.swift` into one
// module (named PithHTML, so their `import PithHTML` lines are ignored) with
// `-sanitize=fuzzer,address`. A broken invariant is a `fatalError`, which libFuzzer reports as a
// crash and saves the input for.

/// Fragment contexts the first input byte chooses among: the ones that start the tokenizer in a
/// different state or the tree builder in a different insertion mode, and foreign ones.
private let fragmentContexts: [FragmentContext] = [
    "body", "div", "html", "head", "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes",
    "script", "noscript", "plaintext", "table", "tbody", "tr", "td", "th", "caption", "colgroup",
    "select", "option", "optgroup", "selectedcontent", "template", "frameset", "p", "a", "button", "pre",
    "svg svg", "svg foreignObject", "svg title", "svg desc", "svg path",
    "math math", "math mi", "math annotation-xml", "math mtext",
].map(FragmentContext.init(parsing:))

@_cdecl("LLVMFuzzerTestOneInput")
public func parseFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let control = bytes.first ?? 0
    let validUTF8 = isValidUTF8(bytes)

    // The whole input as a document; the control byte's top bits pick scripting and error collection.
    let options = HTMLParser.Options(scriptingEnabled: control & 0x80 != 0, collectsErrors: control & 0x40 != 0)
    let document = HTMLParser.parse(utf8: bytes, options: options)
    exercise(document, root: .document, validUTF8: validUTF8, options: options)

    // The rest as a fragment, in a context the control byte picks.
    let rest = Array(bytes.dropFirst())
    let context = fragmentContexts[Int(control) % fragmentContexts.count]
    let (fragment, root) = HTMLParser.parseFragment(utf8: rest, context: context, options: options)
    exercise(fragment, root: root, validUTF8: isValidUTF8(rest), options: options)
    return 0
}

/// Runs every read-only API over `document` and checks what it can cheaply.
private func exercise(_ document: Document, root: NodeID, validUTF8: Bool, options: HTMLParser.Options) {
    let report = DocumentInvariants.check(document, expectingValidUTF8: validUTF8)
    guard report.isValid else { fatalError("broken invariants: \(report.violations)") }
    // Elements past the cap hang below the element at the cap, one level deeper.
    let depthBound = options.limits.maxTreeDepth + 1
    guard report.maximumDepth <= depthBound, report.maximumTemplateDepth <= depthBound else {
        fatalError("tree depth \(report.maximumDepth) (templates \(report.maximumTemplateDepth)) exceeds \(depthBound)")
    }

    // A full walk enters and leaves every reachable node once, in matched pairs.
    var entered = 0
    var open = 0
    for event in document.walk(from: .document) {
        switch event {
        case .enter: entered += 1; open += 1
        case .leave: open -= 1
        }
        guard open >= 0 else { fatalError("walk left more nodes than it entered") }
    }
    guard open == 0, entered == report.reachableFromDocument else {
        fatalError("walk entered \(entered) nodes, \(report.reachableFromDocument) reachable, \(open) left open")
    }
    for case .enter(let node) in document.walk(from: root) where document.kind(of: node) == .element {
        _ = document.attributes(of: node)
        _ = document.string(for: document.name(of: node))
        if let contents = document.templateContents(of: node) { _ = document.serializedHTML(childrenOf: contents) }
    }

    // The outputs are Strings made from the node data that the invariant check found valid UTF-8
    // (when the input was), so they need no repair.
    _ = document.textContent(of: root)
    _ = document.treeDump(childrenOf: root)
    _ = document.serializedHTML(childrenOf: root, scriptingEnabled: options.scriptingEnabled)
    _ = document.serializedHTML(of: root)
    _ = document.parseErrors.count
}

private func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue: continue
        case .emptyInput: return true
        case .error: return false
        }
    }
}
