/// What a page's JSON-LD says about it, read from the page's main schema.org object.
///
/// The main object is chosen among the top-level objects — roots, members of `@graph` arrays,
/// `mainEntity` values — by type: an article type (``MetadataVocabulary/articleTypes``) over a
/// posting type (forum post, recipe, product, …) over a page type (`WebPage`). Objects nested as
/// values of other properties (an author, a related article in an `ItemList`) are never main.
/// `@id` references (`"author": {"@id": "#/schema/person/1"}`, as Yoast writes) are resolved
/// against every object of the page's scripts.
struct LinkedData {
    /// An author: a name and whether the source says it is an organisation.
    struct Author: Equatable {
        var name: String
        var isOrganization: Bool
    }

    /// `@type` values of the top-level objects, lowercased, in order, without repeats.
    var types: [String] = []
    /// The main object's type, lowercased.
    var mainType: String?
    /// How the main object ranks: 3 article, 2 posting, 1 page, 0 none.
    var mainRank = 0
    var headline: String?
    /// The main object's `name` (products, recipes, pages name themselves rather than headline).
    var name: String?
    var authors: [Author] = []
    var published: String?
    var modified: String?
    /// `dateCreated` or `uploadDate`: publication's stand-ins.
    var created: String?
    /// The page object's dates, when the main object is something else.
    var pagePublished: String?
    var pageModified: String?
    var description: String?
    var image: String?
    var keywords: [String] = []
    var sections: [String] = []
    var body: String?
    var language: String?
    var license: String?
    var url: String?
    var publisher: String?
    /// The `WebSite` object's name.
    var siteName: String?

    /// Reads the JSON-LD of a page.
    init(_ tree: JSONTree) {
        guard tree.nodeCount > 0 else { return }
        let reader = Reader(tree: tree)
        var main: (node: Int, rank: Int)?
        var page: Int?
        for node in 0..<tree.nodeCount where tree.kind(of: node) == .object && reader.isTopLevel(node) {
            let nodeTypes = reader.types(of: node)
            guard !nodeTypes.isEmpty else { continue }
            for type in nodeTypes where !types.contains(type) { types.append(type) }
            let rank = nodeTypes.map(Self.rank(ofType:)).max() ?? 0
            if rank > 0, rank > (main?.rank ?? 0) { main = (node, rank) }
            if rank == 1, page == nil { page = node }
            if nodeTypes.contains("website"), siteName == nil { siteName = reader.string("name", of: node) }
            if nodeTypes.contains(where: { $0.hasSuffix("organization") }), publisher == nil {
                publisher = reader.string("name", of: node)
            }
        }
        if let page {
            pagePublished = reader.string("datePublished", of: page)
            pageModified = reader.string("dateModified", of: page)
            description = reader.string("description", of: page)
            image = reader.url(of: page, keys: ["primaryImageOfPage", "image", "thumbnailUrl"])
            language = reader.language(of: page)
            url = reader.string("url", of: page)
        }
        guard let main else { return }
        let node = main.node
        mainRank = main.rank
        mainType = reader.types(of: node).max { Self.rank(ofType: $0) < Self.rank(ofType: $1) }
        headline = reader.string("headline", of: node)
        name = reader.string("name", of: node)
        authors = reader.authors(of: node, key: "author")
        if authors.isEmpty { authors = reader.authors(of: node, key: "creator") }
        published = reader.string("datePublished", of: node)
        modified = reader.string("dateModified", of: node)
        created = reader.string("dateCreated", of: node) ?? reader.string("uploadDate", of: node)
        description = reader.string("description", of: node) ?? description
        image = reader.url(of: node, keys: ["image", "thumbnailUrl"]) ?? image
        keywords = reader.strings("keywords", of: node, splittingOnCommas: true)
        sections = reader.strings("articleSection", of: node, splittingOnCommas: false)
        body = reader.rawString("articleBody", of: node) ?? reader.rawString("text", of: node)
        language = reader.language(of: node) ?? language
        license = reader.url(of: node, keys: ["license"])
        url = reader.string("url", of: node) ?? reader.url(of: node, keys: ["mainEntityOfPage"]) ?? url
        if let publisherNode = reader.member("publisher", of: node), let name = reader.authorsOf(value: publisherNode).first {
            publisher = name.name
        }
    }

    /// 3 for article types, 2 for posting types, 1 for page types, 0 otherwise.
    static func rank(ofType type: String) -> Int {
        if MetadataVocabulary.articleTypes.contains(type) { return 3 }
        if MetadataVocabulary.postingTypes.contains(type) { return 2 }
        if MetadataVocabulary.pageTypes.contains(type) { return 1 }
        return 0
    }

    /// Reading helpers over one tree, with its `@id` index.
    private struct Reader {
        let tree: JSONTree
        /// `@id` → the object that defines it (one with more members than `@id` alone).
        let definitions: [String: Int]

        init(tree: JSONTree) {
            self.tree = tree
            var definitions: [String: Int] = [:]
            for node in 0..<tree.nodeCount where tree.kind(of: node) == .object {
                guard let idNode = tree.member("@id", of: node), let id = tree.scalarText(of: idNode),
                    definitions[id] == nil,
                    tree.children(of: node).contains(where: { tree.key(of: $0) != "@id" && tree.key(of: $0) != "@type" })
                else { continue }
                definitions[id] = node
            }
            self.definitions = definitions
        }

        /// Whether `node` is a root or reached from one only through arrays, `@graph` and `mainEntity`.
        func isTopLevel(_ node: Int) -> Bool {
            var current = node
            while let parent = tree.parent(of: current) {
                if tree.kind(of: parent) == .object {
                    guard let key = tree.key(of: current), key == "@graph" || key == "mainEntity" else { return false }
                }
                current = parent
            }
            return true
        }

        /// `node`'s `@type` values, lowercased, without a `schema:` or URL prefix.
        func types(of node: Int) -> [String] {
            guard let typeNode = tree.member("@type", of: node) else { return [] }
            var result: [String] = []
            let values = tree.kind(of: typeNode) == .array ? Array(tree.children(of: typeNode)) : [typeNode]
            for value in values {
                guard let text = tree.scalarText(of: value) else { continue }
                let bare = text.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init) ?? text
                result.append(bare.lowercased())
            }
            return result
        }

        /// Member `key` of `node`, following an `@id` reference to its definition.
        func member(_ key: String, of node: Int) -> Int? {
            guard let value = tree.member(key, of: node) else { return nil }
            return resolve(value)
        }

        func resolve(_ node: Int) -> Int {
            guard tree.kind(of: node) == .object, let idNode = tree.member("@id", of: node),
                let id = tree.scalarText(of: idNode), let definition = definitions[id], definition != node
            else { return node }
            return definition
        }

        /// A text member: a string or number, the first string of an array, or an object's `name`.
        func string(_ key: String, of node: Int) -> String? {
            guard let value = member(key, of: node) else { return nil }
            return text(of: value)
        }

        /// A string member as written (line breaks kept).
        func rawString(_ key: String, of node: Int) -> String? {
            guard let value = member(key, of: node), tree.kind(of: value) == .string,
                let text = tree.scalarText(of: value), !text.isEmpty
            else { return nil }
            return text
        }

        func text(of value: Int) -> String? {
            switch tree.kind(of: value) {
            case .string, .number:
                return tree.scalarText(of: value).flatMap(nonEmpty)
            case .array:
                for element in tree.children(of: value) {
                    if let text = tree.scalarText(of: element).flatMap(nonEmpty) { return text }
                }
                return nil
            case .object:
                return tree.member("name", of: value).flatMap { tree.scalarText(of: $0) }.flatMap(nonEmpty)
            case .bool, .null:
                return nil
            }
        }

        /// Text members, from an array or a (comma-separated) string.
        func strings(_ key: String, of node: Int, splittingOnCommas: Bool) -> [String] {
            guard let value = member(key, of: node) else { return [] }
            var result: [String] = []
            let values = tree.kind(of: value) == .array ? Array(tree.children(of: value)) : [value]
            for element in values {
                guard let text = text(of: resolve(element)) else { continue }
                if splittingOnCommas {
                    result += text.split(separator: ",").compactMap { nonEmpty(String($0)) }
                } else {
                    result.append(text)
                }
            }
            return result
        }

        /// A URL member: a string, an object's `url`, `contentUrl` or `@id`, or an array's first.
        func url(of node: Int, keys: [String]) -> String? {
            for key in keys {
                guard var value = member(key, of: node) else { continue }
                if tree.kind(of: value) == .array, let first = tree.children(of: value).first(where: { _ in true }) {
                    value = resolve(first)
                }
                switch tree.kind(of: value) {
                case .string:
                    if let text = tree.scalarText(of: value).flatMap(nonEmpty) { return text }
                case .object:
                    for field in ["url", "contentUrl", "@id"] {
                        if let text = tree.member(field, of: value).flatMap({ tree.scalarText(of: $0) }).flatMap(nonEmpty) {
                            return text
                        }
                    }
                default:
                    continue
                }
            }
            return nil
        }

        /// `inLanguage` as a string or a `Language` object's `alternateName` or `name`.
        func language(of node: Int) -> String? {
            guard let value = member("inLanguage", of: node) else { return nil }
            if tree.kind(of: value) == .object {
                return string("alternateName", of: value) ?? string("name", of: value)
            }
            return text(of: value)
        }

        func authors(of node: Int, key: String) -> [Author] {
            guard let value = member(key, of: node) else { return [] }
            return authorsOf(value: value)
        }

        /// The people or organisations a value names: a string, an object, or an array of them.
        func authorsOf(value: Int) -> [Author] {
            let values = tree.kind(of: value) == .array ? tree.children(of: value).map(resolve) : [value]
            var result: [Author] = []
            for element in values.prefix(MetadataHeuristics.maximumAuthors) {
                switch tree.kind(of: element) {
                case .string:
                    if let name = tree.scalarText(of: element).flatMap(nonEmpty) {
                        result.append(Author(name: name, isOrganization: false))
                    }
                case .object:
                    var name = string("name", of: element)
                    if name == nil, let given = string("givenName", of: element) {
                        name = [given, string("familyName", of: element)].compactMap { $0 }.joined(separator: " ")
                    }
                    guard let name else { continue }
                    let isOrganization = types(of: element).contains { $0 != "person" }
                    result.append(Author(name: name, isOrganization: isOrganization))
                default:
                    continue
                }
            }
            return result
        }

        private func nonEmpty(_ text: String) -> String? {
            let trimmed = TextNormalization.collapsingWhitespace(text)
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
