/// Parses HTML into a ``Document`` following the WHATWG parsing algorithm (13.2).
///
/// Parsing never fails: any input yields a document, as browsers build one. Parse errors are
/// collected only on request.
public enum HTMLParser {
    /// How to parse.
    public struct Options: Sendable {
        /// The scripting flag: when on, `noscript` contents are raw text (as in a browser with
        /// scripts enabled); when off, they are parsed as markup. Default off: a text extractor sees
        /// the fallback content a crawler without scripts would.
        public var scriptingEnabled = false
        public var limits = ParserLimits()
        /// Whether to record parse errors in ``Document/parseErrors``.
        public var collectsErrors = false

        public init(scriptingEnabled: Bool = false, limits: ParserLimits = ParserLimits(), collectsErrors: Bool = false) {
            self.scriptingEnabled = scriptingEnabled
            self.limits = limits
            self.collectsErrors = collectsErrors
        }
    }

    /// Parses a page's bytes in whatever encoding they are: detects it (byte order mark, the
    /// transport-layer charset, the `<meta>` prescan, UTF-8 validation, byte statistics — see
    /// ``HTMLInputDecoder``), decodes to UTF-8 and parses. ``Document/encoding`` says what was used.
    ///
    /// - Parameter transportCharset: the charset from the HTTP `Content-Type` header, if known
    ///   (a bare label or the whole header value).
    public static func parse(bytes: some Collection<UInt8>, transportCharset: String? = nil, options: Options = Options()) -> Document {
        let decoded = HTMLInputDecoder.decode(bytes, transportCharset: transportCharset)
        var document = parse(utf8: decoded.utf8, options: options)
        document.encoding = decoded.detection
        return document
    }

    /// Parses a document from decoded UTF-8 bytes.
    ///
    /// - Complexity: O(n) in the input length.
    public static func parse(utf8 bytes: [UInt8], options: Options = Options()) -> Document {
        var input = bytes
        normalizeNewlines(&input)
        var builder = TreeBuilder(
            scriptingEnabled: options.scriptingEnabled,
            limits: options.limits,
            inputBytes: input.count,
            tagMarks: input.withUnsafeBufferPointer { ByteScan.count(of: ASCII.lessThan, in: $0) }
        )
        builder.collectsErrors = options.collectsErrors
        return run(builder, on: input, limits: options.limits)
    }

    /// Parses a document from a string.
    public static func parse(_ html: String, options: Options = Options()) -> Document {
        parse(utf8: Array(html.utf8), options: options)
    }

    /// Parses a fragment as `innerHTML` would, in the context of an element (13.2.4, "parsing HTML
    /// fragments").
    ///
    /// - Returns: the document and its root `html` element, whose children are the fragment.
    public static func parseFragment(
        utf8 bytes: [UInt8],
        context: FragmentContext,
        options: Options = Options()
    ) -> (document: Document, root: NodeID) {
        var input = bytes
        normalizeNewlines(&input)
        var builder = TreeBuilder(
            scriptingEnabled: options.scriptingEnabled,
            limits: options.limits,
            inputBytes: input.count,
            tagMarks: input.withUnsafeBufferPointer { ByteScan.count(of: ASCII.lessThan, in: $0) }
        )
        builder.collectsErrors = options.collectsErrors
        var contextName = context.name
        let contextAtom = contextName.withUTF8 { builder.document.names.intern($0) }
        let contextElement = builder.document.createElement(contextAtom, namespace: context.namespace, tag: TagToken())
        let root = builder.document.createElement(.html, namespace: .html, tag: TagToken())
        builder.document.insert(root, into: .document)
        builder.openElements = [root]
        builder.contextElement = contextElement
        if context.namespace == .html && contextAtom == .template { builder.templateModes.append(.inTemplate) }
        builder.resetInsertionMode()
        var initialState = TokenizerState.data
        if context.namespace == .html {
            switch contextAtom {
            case .title, .textarea: initialState = .rcdata
            case .style, .xmp, .iframe, .noembed, .noframes: initialState = .rawtext
            case .script: initialState = .scriptData
            case .noscript where options.scriptingEnabled: initialState = .rawtext
            case .plaintext: initialState = .plaintext
            default: break
            }
        }
        // No start tag has been emitted yet, so no end tag is "appropriate" (13.2.5): `</script>`
        // inside a script-context fragment stays text.
        let document = run(builder, on: input, limits: options.limits, initialState: initialState)
        return (document, root)
    }

    private static func run(
        _ builder: TreeBuilder,
        on input: [UInt8],
        limits: ParserLimits,
        initialState: TokenizerState = .data
    ) -> Document {
        input.withUnsafeBufferPointer { buffer in
            var tokenizer = Tokenizer(input: buffer, sink: builder, limits: limits)
            // Names the builder interned (a fragment's context) must keep their ids.
            tokenizer.names = builder.document.names
            tokenizer.state = initialState
            tokenizer.run()
            var document = tokenizer.sink.document
            document.names = tokenizer.names
            document.releaseExcessCapacity()
            if tokenizer.sink.collectsErrors {
                document.parseErrors = tokenizer.sink.errors
                    + inputStreamErrors(in: buffer).map { ParseErrorLocation(error: $0.error, offset: $0.offset) }
            }
            return document
        }
    }
}

/// The context element of a fragment parse: a local name and its namespace.
public struct FragmentContext: Sendable, Hashable {
    public var name: String
    public var namespace: Namespace

    public init(name: String, namespace: Namespace = .html) {
        self.name = name
        self.namespace = namespace
    }

    /// Parses the html5lib and CLI spelling: `td`, `svg path`, `math mi`.
    public init(parsing string: String) {
        if string.hasPrefix("svg ") {
            self.init(name: String(string.dropFirst(4)), namespace: .svg)
        } else if string.hasPrefix("math ") {
            self.init(name: String(string.dropFirst(5)), namespace: .mathML)
        } else {
            self.init(name: string, namespace: .html)
        }
    }
}
