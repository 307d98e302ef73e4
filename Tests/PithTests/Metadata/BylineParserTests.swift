import Pith
import Testing

@Suite("BylineParser")
struct BylineParserTests {
    @Test("turns bylines into names", arguments: [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, John Roe & Max Mustermann", ["Jane Doe", "John Roe", "Max Mustermann"]),
        ("Von Max Mustermann und Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("By Jane Doe | Dec 24, 2022", ["Jane Doe"]),
        ("By Jane Doe on December 24, 2022", ["Jane Doe"]),
        ("Written by Jane Doe", ["Jane Doe"]),
        ("View all posts by Jane Doe", ["Jane Doe"]),
        ("Autor: Max Mustermann", ["Max Mustermann"]),
        ("Jane Doe, MD", ["Jane Doe, MD"]),
        ("Jane Doe, MS, RD", ["Jane Doe, MS, RD"]),
        ("Jane Doe jane@example.com", ["Jane Doe"]),
        ("Jane Doe https://example.com/jane", ["Jane Doe"]),
        ("user3080392", ["user3080392"]),
        ("via scvalex", ["scvalex"]),
    ])
    func names(_ byline: String, _ expected: [String]) {
        #expect(BylineParser.names(in: byline) == expected)
    }

    @Test("drops placeholders and non-names", arguments: [
        "Staff", "By Reuters Staff", "admin", "page.head.extra.author", "", "12 min read",
        String(repeating: "Very long text that is no byline at all ", count: 10),
    ])
    func drops(_ byline: String) {
        #expect(BylineParser.names(in: byline).isEmpty)
    }
}
