import PithHTML
import PithTestSupport
import Testing

/// The html5lib tokenizer suite, read in place from `../shared/html5lib-tests/tokenizer`.
@Suite("html5lib tokenizer conformance")
struct TokenizerConformanceTests {
    static let cases = TokenizerTestCase.loadAll()

    /// Runs one case and returns the tokens and errors the tokenizer produced.
    static func run(_ testCase: TokenizerTestCase) -> (tokens: [TokenizerTestCase.ExpectedToken], errors: [String]) {
        var input = testCase.input
        normalizeNewlines(&input)
        return input.withUnsafeBufferPointer { buffer in
            var tokenizer = Tokenizer(input: buffer, sink: RecordingTokenSink())
            tokenizer.state = initialState(testCase.initialState)
            if let last = testCase.lastStartTag {
                var spelling = last
                let name = spelling.withUTF8 { tokenizer.names.intern($0) }
                tokenizer.setLastStartTag(name)
            }
            tokenizer.run()
            let streamErrors = inputStreamErrors(in: buffer).map(\.error.code)
            return (tokenizer.sink.tokens(names: tokenizer.names), tokenizer.sink.errors + streamErrors)
        }
    }

    static func initialState(_ name: String) -> TokenizerState {
        switch name {
        case "PLAINTEXT state": .plaintext
        case "RCDATA state": .rcdata
        case "RAWTEXT state": .rawtext
        case "Script data state": .scriptData
        case "CDATA section state": .cdataSection
        default: .data
        }
    }

    @Test("the suite is present and complete")
    func suiteIsPresent() {
        #expect(Self.cases.count > 6000, "expected the full html5lib tokenizer suite in ../shared")
    }

    @Test("tokens match", arguments: cases)
    func tokensMatch(_ testCase: TokenizerTestCase) {
        let expectedFailure = ExpectedFailures.tokenizer[testCase.id]
        let (tokens, _) = Self.run(testCase)
        withKnownIssue(expectedFailure ?? "", isIntermittent: false) {
            #expect(tokens == testCase.expectedTokens, "\(testCase.testDescription)")
        } when: {
            expectedFailure != nil
        }
    }

    @Test("parse errors match", arguments: cases)
    func errorsMatch(_ testCase: TokenizerTestCase) {
        let (_, errors) = Self.run(testCase)
        let expectedFailure = ExpectedFailures.tokenizerErrors[testCase.id]
        withKnownIssue(expectedFailure ?? "", isIntermittent: false) {
            #expect(errors.sorted() == testCase.expectedErrors.sorted(), "\(testCase.testDescription)")
        } when: {
            expectedFailure != nil
        }
    }
}
