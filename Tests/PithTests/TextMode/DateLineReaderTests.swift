@testable import Pith
import Testing

@Suite("DateLineReader")
struct DateLineReaderTests {
    @Test("reads the ways pages write dates", arguments: [
        ("24 Dec, 2022 13:05", "2022-12-24T13:05"),
        ("December 24, 2022 at 1:05 pm", "2022-12-24T13:05"),
        ("Dec. 24th 2022", "2022-12-24"),
        ("2022-12-24T13:05:09", "2022-12-24T13:05:09"),
        ("Published 2022/12/24", "2022-12-24"),
        ("24.12.2022, 08:15 Uhr", "2022-12-24T08:15"),
        ("24. Dezember 2022", "2022-12-24"),
        ("le 24 décembre 2022 à 13h05", "2022-12-24T13:05"),
        ("24 de diciembre de 2022", "2022-12-24"),
        ("2022年12月24日", "2022-12-24"),
        ("12/24/2022", "2022-12-24"),
        ("13:05, 24 Dec 2022", "2022-12-24T13:05"),
        ("24 грудня 2022", nil),
        ("31 April 2022", nil),
        ("Chapter 12: 24 ways", nil),
        ("0:00", nil),
    ] as [(String, String?)])
    func dates(line: String, expected: String?) {
        #expect(DateLineReader.match(in: line)?.date.iso8601 == expected)
    }

    @Test("measures how much of the line the date is")
    func coverage() throws {
        let dateLine = try #require(DateLineReader.match(in: "24 Dec, 2022 13:05"))
        #expect(dateLine.coverage == 1)
        let sentence = try #require(DateLineReader.match(in: "The treaty was signed on 24 December 2022 in Minsk by both presidents"))
        #expect(sentence.coverage < TextModeHeuristics.dateLineCoverage)
    }
}
