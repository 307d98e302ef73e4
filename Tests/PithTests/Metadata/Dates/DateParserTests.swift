import Pith
import Testing

@Suite("DateParser")
struct DateParserTests {
    @Test("reads the forms pages write", arguments: [
        // ISO and its relatives.
        ("2022-12-24", "2022-12-24"),
        ("2022-12-24T13:05:09Z", "2022-12-24T13:05:09Z"),
        ("2022-12-24T13:05:09.123+02:00", "2022-12-24T13:05:09+02:00"),
        ("2022-12-24 13:05:09", "2022-12-24T13:05:09"),
        ("2022-12-24T13:05:09-0500", "2022-12-24T13:05:09-05:00"),
        ("2022/12/24", "2022-12-24"),
        ("20221224", "2022-12-24"),
        // Numeric, day first.
        ("24.12.2022", "2022-12-24"),
        ("24.12.22", "2022-12-24"),
        ("24/12/2022", "2022-12-24"),
        ("4. 2. 2022", "2022-02-04"),
        ("4.\u{2009}2.\u{2009}2022.", "2022-02-04"),
        // Written months, several languages.
        ("24 Dec, 2022 13:05", "2022-12-24T13:05"),
        ("December 24, 2022", "2022-12-24"),
        ("Dec. 24th 2022 at 1:05 pm", "2022-12-24T13:05"),
        ("24 décembre 2022", "2022-12-24"),
        ("24. Dezember 2022, 13:05 Uhr", "2022-12-24T13:05"),
        ("24 de diciembre de 2022", "2022-12-24"),
        ("24 декабря 2022 г.", "2022-12-24"),
        ("24 grudnia 2022", "2022-12-24"),
        ("2022. december 24.", "2022-12-24"),
        ("Sat, 24 Dec 2022 13:05:00 +0000", "2022-12-24T13:05Z"),
        ("Published: Saturday, 1st October 2022", "2022-10-01"),
        // CJK.
        ("2022年12月24日", "2022-12-24"),
        ("2022년 12월 24일", "2022-12-24"),
        // Unix time.
        ("1671887100", "2022-12-24T13:05Z"),
        ("1671887100000", "2022-12-24T13:05Z"),
    ])
    func forms(_ text: String, _ expected: String) {
        #expect(DateParser.parse(text, order: .dayFirst)?.iso8601 == expected)
    }

    @Test("reads ambiguous numeric dates in the given order")
    func numericOrder() {
        #expect(DateParser.parse("03/04/2022", order: .dayFirst)?.dateString == "2022-04-03")
        #expect(DateParser.parse("03/04/2022", order: .monthFirst)?.dateString == "2022-03-04")
        // A number above 12 decides whatever the order.
        #expect(DateParser.parse("12/24/2022", order: .dayFirst)?.dateString == "2022-12-24")
        // Dots are day first everywhere.
        #expect(DateParser.parse("03.04.2022", order: .monthFirst)?.dateString == "2022-04-03")
    }

    @Test("rejects what is not a calendar date", arguments: [
        "2022-13-01", "31.04.2022", "29.02.2023", "version 1.2.3.4", "24:00", "no date here", "12345", "3.12.22.5",
    ])
    func rejects(_ text: String) {
        #expect(DateParser.parse(text, order: .dayFirst) == nil)
    }

    @Test("finds every date in running text, with offsets")
    func matches() {
        let text = "Posted 24 Dec 2022 · Updated 2023-01-05"
        let found = DateParser.matches(in: text, order: .dayFirst, limit: 10)
        #expect(found.map(\.date.dateString) == ["2022-12-24", "2023-01-05"])
        // Offsets are in UTF-8 bytes ("·" takes two).
        #expect(found.map(\.offset) == [7, 30])
        #expect(found.map(\.isWrittenOut) == [true, false])
    }

    @Test("finds dates with a four-digit year or a dotted two-digit one, and nothing in other numbers", arguments: [
        ("3 comments · $12.99 · 10:30 · 24/12", [String]()),
        ("erschienen am 24.12.22 um 13:05", ["2022-12-24"]),
        ("Dec 24 2022", ["2022-12-24"]),
        ("24/12/22", []),
        // Spaced parts need a four-digit year: a list's numbers are no date.
        ("steps 1. 2. 22", []),
    ])
    func matchesNeedAYear(_ text: String, _ expected: [String]) {
        #expect(DateParser.matches(in: text, order: .dayFirst, limit: 5).map(\.date.dateString) == expected)
    }

    @Test("gives a month and day to the year after them, not a year before")
    func yearBeforeWrittenDate() {
        let found = DateParser.matches(in: "Pricing Guide 2026 Dec 26, 2025 • Jane", order: .dayFirst, limit: 5)
        #expect(found.map(\.date.dateString) == ["2025-12-26"])
    }

    @Test("invents no zone")
    func noInventedZone() {
        let date = DateParser.parse("24 Dec 2022 13:05", order: .dayFirst)
        #expect(date?.utcOffsetMinutes == nil)
        #expect(date?.time?.hour == 13)
    }
}
