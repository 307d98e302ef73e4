import PithHTML
import PithTestSupport
import Testing

/// The html5lib encoding suite (`encoding/*.dat`, not `scripted/`), read in place from
/// `../shared/html5lib-tests`: the encoding sniffing algorithm with no transport charset and
/// windows-1252 as the default, as the suite assumes.
@Suite("html5lib encoding conformance")
struct EncodingConformanceTests {
    static let cases = EncodingTestCase.loadAll()

    static func sniffedName(_ testCase: EncodingTestCase) -> String {
        testCase.data.withUnsafeBytes { EncodingSniffer.sniff($0, defaultEncoding: .windows1252) }.encoding.name
    }

    static func passes(_ testCase: EncodingTestCase) -> Bool {
        sniffedName(testCase).lowercased() == testCase.expectedEncoding.lowercased()
    }

    @Test("the suite is present and complete")
    func suiteIsPresent() {
        #expect(Self.cases.count == 82, "expected tests1.dat, tests2.dat and test-yahoo-jp.dat in ../shared")
        for testCase in Self.cases {
            #expect(CharacterEncoding(label: testCase.expectedEncoding) != nil, "\(testCase.id) expects an unknown encoding")
        }
    }

    @Test("sniffed encoding matches", arguments: cases)
    func sniffedEncodingMatches(_ testCase: EncodingTestCase) {
        let expectedFailure = ExpectedFailures.encoding[testCase.id]
        withKnownIssue(expectedFailure ?? "", isIntermittent: false) {
            #expect(
                Self.sniffedName(testCase).lowercased() == testCase.expectedEncoding.lowercased(),
                "\(testCase.id): expected \(testCase.expectedEncoding)"
            )
        } when: {
            expectedFailure != nil
        }
    }

    @Test("pass rate is at least 95%")
    func passRate() {
        let passed = Self.cases.filter(Self.passes).count
        print("html5lib encoding: \(passed)/\(Self.cases.count) pass")
        #expect(Double(passed) >= 0.95 * Double(Self.cases.count))
    }
}

/// The namespace of the encoding suites whose own names do not say "Encoding", so that
/// `swift test --filter Encoding` selects every test of the encoding layer.
enum EncodingTests {}
