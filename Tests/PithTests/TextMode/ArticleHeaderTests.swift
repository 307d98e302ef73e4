@testable import Pith
import Testing

@Suite("ArticleHeader")
struct ArticleHeaderTests {
    @Test("reads the names of a byline", arguments: [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe | 24 Dec 2022", ["Jane Doe", "John Roe"]),
        ("Von Max Mustermann, Erika Musterfrau", ["Max Mustermann", "Erika Musterfrau"]),
        ("Written by Ana García 3 min read", ["Ana García"]),
        ("By staff", []),
    ])
    func names(byline: String, expected: [String]) {
        #expect(ArticleHeader.names(in: byline) == expected)
    }

    @Test("finds byline and standfirst around the headline")
    func header() {
        let text = """
            Home News World
            Ministers agree on a new plan for the river
            By Jane Doe
            The agreement ends a dispute that lasted more than a decade between the two towns
            Ministers agree on a new plan for the river
            \(String(repeating: "The river will be cleaned over the next five years, and both towns will share the cost of the work. ", count: 3))
            """
        let article = Extractor().extract(text: text)
        #expect(article.title == "Ministers agree on a new plan for the river")
        #expect(article.authors == ["Jane Doe"])
        #expect(article.description == "The agreement ends a dispute that lasted more than a decade between the two towns")
        #expect(!article.text.contains("Jane Doe"))
        #expect(!article.text.contains("Ministers agree"))
    }
}
