import Testing
@testable import Pith

/// The page-type model reads the columns it was trained on, and clear cases come out right.
@Suite("PageTypeClassifier")
struct PageTypeClassifierTests {
    @Test("the model's columns are the PageTypeFeatures columns, in order")
    func columns() {
        #expect(PageTypeFeatures.Column.allCases.map { "\($0)" } == PageTypeModel.columns)
        #expect(PageTypeModel.classes.count == PageTypeModel.ensembles.count)
        for ensemble in PageTypeModel.ensembles { #expect(ensemble.inputWidth <= PageTypeModel.columns.count) }
    }

    @Test("prices are a currency sign next to a digit, on either side")
    func prices() {
        #expect(PageTypeFeatures.priceCount(in: "Now $19.99, was 25 €; ships in 3 days") == 2)
        #expect(PageTypeFeatures.priceCount(in: "$ and € alone, 2024") == 0)
    }

    @Test("URL path columns: depth, kind words and story ids")
    func path() {
        let features = PageTypeFeatures(
            hints: [], url: "https://example.org/forum/thread/1234567?page=2", hasPublished: false,
            hasAuthors: false, blocks: [], probabilities: [], threshold: 0.5
        )
        func value(_ column: PageTypeFeatures.Column) -> Float { features.row[column.rawValue] }
        #expect(value(.pathDepth) == 3)
        #expect(value(.pathForum) == 1)
        #expect(value(.pathProduct) == 0)
        #expect(value(.pathHasLongNumber) == 1)
        #expect(value(.declaresNothing) == 1)
    }

    @Test("a dated, signed news story is an article")
    func newsStory() {
        let paragraphs = (1...6).map { number in
            "<p>The council met on Tuesday evening to decide the budget for the coming year, and paragraph \(number) of the report says the harbour works will take most of it.</p>"
        }.joined()
        let html = """
            <html><head><title>Council sets budget</title>
            <meta property="og:type" content="article">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council sets budget","datePublished":"2024-03-05","author":{"@type":"Person","name":"Ann Lee"}}</script>
            </head><body><article><h1>Council sets budget</h1>\(paragraphs)</article></body></html>
            """
        let article = Extractor().extract(html: Array(html.utf8), url: "https://news.example.com/2024/03/05/council-sets-budget")
        #expect(article.pageType == .article)
    }

    @Test("a page declaring a product with prices is a product")
    func product() {
        let html = """
            <html><head><title>Trail shoe</title>
            <meta property="og:type" content="product">
            <script type="application/ld+json">{"@type":"Product","name":"Trail shoe","offers":{"@type":"Offer","price":"89.00"}}</script>
            </head><body><main><h1>Trail shoe</h1><p>$89.00</p><p>Light trail shoe with a grippy sole and a breathable upper for long days out.</p>
            <button>Add to cart</button></main></body></html>
            """
        let article = Extractor().extract(html: Array(html.utf8), url: "https://shop.example.com/products/trail-shoe")
        #expect(article.pageType == .product)
    }

    @Test("a page with no text is other")
    func empty() {
        #expect(Extractor().extract(html: Array("<html><body></body></html>".utf8)).pageType == .other)
    }
}
