import Testing
@testable import Pith

/// Picture credits and "read also" teasers leave the body; prose that starts with the same words
/// stays.
@Suite("Credits and teasers")
struct CreditAndTeaserTests {
    @Test("a picture credit or source line is dropped", arguments: [
        "Foto: dpa / Bernd Weißbrod", "(Credit: Clayton Aldern / Grist)", "Photograph by Ed Marshall",
        "Crédits photos : Bestimage", "Bild: shutterstock", "Image: © Getty Images", "Quelle:", "Źródło: PAP",
        "The Hoka Speedgoat 7. Photo: iRunFar/Eszter Horanyi", "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
        "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina",
        "Puerto de Montevideo. Foto: Archivo El País.", "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
        "In Gottesdiensten gilt FFP2-Maskenpflicht. Foto: ccnull/Marco Verch/cc by sa 2.0",
    ])
    func creditDropped(line: String) {
        #expect(Extractor.isCreditLine(.sample(line)))
    }

    @Test("prose, captions and list items that start like a credit stay", arguments: [
        "Photography is the art of writing with light, and every student starts with the same camera.",
        "Sources say the council will vote again next week.",
        "SELECT a, b, max(c) FROM tab1 GROUP BY a;", "The answer is simple: cheaper energy for everyone",
        "The photo shows the harbour at dawn. Photo: Jane Doe. It was taken in 1952.",
        "The figures come from one source: the council minutes. They were published on Monday.",
        "Photo editors at the paper chose the picture from more than four hundred frames shot that night in the rain outside the court building.",
    ])
    func creditKept(line: String) {
        #expect(!Extractor.isCreditLine(.sample(line)))
    }

    @Test("a paragraph longer than a caption keeps its closing credit")
    func longParagraphKept() {
        let paragraph = String(repeating: "The council met again to discuss the budget for roads and schools. ", count: 6) + "Photo: Jane Doe"
        #expect(!Extractor.isCreditLine(.sample(paragraph)))
    }

    @Test("a credit in a list item or table cell is content")
    func creditInListKept() {
        #expect(!Extractor.isCreditLine(.sample("Source: Bureau of Labor Statistics", traits: .tableCell)))
    }

    @Test("a read-also cue alone, with a separator, or before a colon is dropped", arguments: [
        "Related articles", "Auch interessant:", "À lire aussi » Ballonnements, lourdeurs", "Czytaj też: Atomowy straszak",
        "Das könnte Sie auch interessieren …", "Lesen Sie auch die folgenden Beiträge:", "READ MORE: Should you offer green cleaning?",
        "LE PUEDE INTERESAR: La ficha del expresidente", "Lea más: El Gobierno propone una reforma", "Zobacz również",
    ])
    func teaserDropped(line: String) {
        #expect(Extractor.isReadAlsoTeaser(.sample(line)))
    }

    @Test("prose that opens with a cue's words stays", arguments: [
        "Related to this, the council also cut the library budget.",
        "Recommended dosage varies with age and weight.",
        "Read more books, the teacher said, and the class laughed.",
        "Relatedness between the two species was first shown in 1998.",
    ])
    func teaserKept(line: String) {
        #expect(!Extractor.isReadAlsoTeaser(.sample(line)))
    }

    @Test("a cue that runs into a linked headline is a teaser; unlinked, it is prose")
    func linkedTeaser() {
        var block = TextBlock.sample("Read more about how many calories you should eat a day")
        #expect(!Extractor.isReadAlsoTeaser(block))
        block.linkWordCount = block.wordCount
        #expect(Extractor.isReadAlsoTeaser(block))
    }

    @Test("in a page, the credit and the teaser go and the paragraphs stay")
    func endToEnd() {
        let paragraphs = AdvertisementLabelTests.paragraphs
        let html = "<html><body><article><h1>Council budget</h1><p>\(paragraphs[0])</p>"
            + "<figure><img src=a.jpg><figcaption>Foto: dpa</figcaption></figure><p>\(paragraphs[1])</p>"
            + "<p>Lesen Sie auch: <a href=/x>Der Haushalt im Überblick</a></p><p>\(paragraphs[2])</p></article></body></html>"
        let body = Extractor().extract(html: Array(html.utf8)).text
        #expect(paragraphs.allSatisfy(body.contains))
        #expect(!body.contains("Foto: dpa"))
        #expect(!body.contains("Lesen Sie auch"))
    }
}
