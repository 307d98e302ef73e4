internal import PithHTML

/// Reads the fields that need no reconciliation beyond an order of sources: site name, canonical
/// URL, description, image, tags, categories, licence, language and page type hints.
///
/// Orders, best first:
/// - site name: `og:site_name`, JSON-LD `WebSite` name, JSON-LD publisher, `application-name`, …;
/// - URL: `link rel=canonical`, `og:url`, JSON-LD `url`, the given URL;
/// - description: `og:description`, JSON-LD `description`, `description`, `twitter:description`, …;
/// - image: `og:image`, JSON-LD `image`, `twitter:image`, `link rel=image_src`;
/// - tags: `article:tag`, JSON-LD `keywords`, `news_keywords`, `parsely-tags`, `keywords`, …;
/// - categories: `article:section`, JSON-LD `articleSection`, `parsely-section`, `category`, …;
/// - licence: `link rel=license`, JSON-LD `license`, `dcterms.license`, `dc.rights`, …;
/// - language: `html lang`, `content-language`, `og:locale`, JSON-LD `inLanguage`, `dc.language`.
struct FieldReader {
    let candidates: MetadataCandidates
    let metas: MetaIndex
    let linkedData: LinkedData
    let url: String?
    /// Every name the site goes by, for title cleaning: the site-name sources and the host.
    private(set) var siteNames: [String] = []

    init(candidates: MetadataCandidates, metas: MetaIndex, linkedData: LinkedData, url: String?) {
        self.candidates = candidates
        self.metas = metas
        self.linkedData = linkedData
        self.url = url
    }

    mutating func fill(_ metadata: inout PageMetadata) {
        var siteSources: [(String, String)] = []
        if let value = metas.first(of: ["og:site_name"]) { siteSources.append((value.value, value.name)) }
        if let name = linkedData.siteName { siteSources.append((name, "json-ld:WebSite")) }
        if let name = linkedData.publisher { siteSources.append((name, "json-ld:publisher")) }
        for (name, value) in metas.all(of: ["application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher"]) {
            siteSources.append((value, name))
        }
        let decodedSites = siteSources.map { (CharacterReferenceDecoder.decode($0.0), $0.1) }
        set(\.siteName, decodedSites.first, "siteName", in: &metadata)
        siteNames = decodedSites.map(\.0) + hostNames()

        let canonical = candidates.links.first { $0.relation == "canonical" }?.target
        let urlSources: [(String?, String)] = [
            (canonical, "link:canonical"), (metas.first(of: ["og:url"])?.value, "og:url"), (linkedData.url, "json-ld:url"),
            (url, "url"),
        ]
        if let found = urlSources.first(where: { $0.0.map { !$0.isEmpty } ?? false }), let value = found.0 {
            metadata.url = URLResolver.resolve(value, against: url)
            metadata.sources["url"] = found.1
        }

        var descriptions: [(String, String)] = []
        if let value = metas.first(of: ["og:description"]) { descriptions.append((value.value, value.name)) }
        if let value = linkedData.description { descriptions.append((value, "json-ld:description")) }
        for (name, value) in metas.all(of: ["description", "twitter:description", "dc.description", "dcterms.description", "dcterms.abstract", "sailthru.description"]) {
            descriptions.append((value, name))
        }
        set(\.description, descriptions.first.map { (CharacterReferenceDecoder.decode($0.0), $0.1) }, "description", in: &metadata)

        var images: [(String, String)] = []
        for (name, value) in metas.all(of: ["og:image", "og:image:url", "og:image:secure_url"]) { images.append((value, name)) }
        if let value = linkedData.image { images.append((value, "json-ld:image")) }
        for (name, value) in metas.all(of: ["twitter:image", "twitter:image:src", "thumbnail", "thumbnailurl"]) { images.append((value, name)) }
        if let link = candidates.links.first(where: { $0.relation == "image_src" }) { images.append((link.target, "link:image_src")) }
        if let image = images.first {
            metadata.image = URLResolver.resolve(image.0, against: metadata.url ?? url)
            metadata.sources["image"] = image.1
        }

        let tagSources: [(values: [String], source: String)] = [
            (metas.all("article:tag"), "article:tag"), (linkedData.keywords, "json-ld:keywords"),
            (splitList(metas.all("news_keywords")), "news_keywords"), (splitList(metas.all("parsely-tags")), "parsely-tags"),
            (splitList(metas.all("sailthru.tags")), "sailthru.tags"), (splitList(metas.all("keywords")), "keywords"),
            (metas.all("dc.subject"), "dc.subject"),
        ]
        if let tags = tagSources.first(where: { !$0.values.isEmpty }) {
            metadata.tags = unique(tags.values.map(CharacterReferenceDecoder.decode))
            metadata.sources["tags"] = tags.source
        }
        let categorySources: [(values: [String], source: String)] = [
            (metas.all("article:section"), "article:section"), (linkedData.sections, "json-ld:articleSection"),
            (metas.all("og:article:section"), "og:article:section"), (metas.all("parsely-section"), "parsely-section"),
            (metas.all("category"), "category"), (metas.all("section"), "section"),
        ]
        if let categories = categorySources.first(where: { !$0.values.isEmpty }) {
            metadata.categories = unique(categories.values.map(CharacterReferenceDecoder.decode))
            metadata.sources["categories"] = categories.source
        }

        var licenses: [(String, String)] = []
        if let link = candidates.links.first(where: { $0.relation == "license" }) { licenses.append((link.target, "link:license")) }
        if let value = linkedData.license { licenses.append((value, "json-ld:license")) }
        for (name, value) in metas.all(of: ["dcterms.license", "dc.rights", "dcterms.rights", "license"]) { licenses.append((value, name)) }
        set(\.license, licenses.first, "license", in: &metadata)

        var languages: [(String?, String)] = [(candidates.documentLanguage, "html:lang")]
        for (name, value) in metas.all(of: ["content-language", "og:locale", "dc.language", "dcterms.language", "language"]) {
            languages.append((value, name))
        }
        languages.insert((linkedData.language, "json-ld:inLanguage"), at: languages.count > 3 ? 3 : languages.count)
        for (value, source) in languages {
            guard let value, let tag = LanguageDetector.normalizedTag(value.split(separator: ",").first.map(String.init) ?? value)
            else { continue }
            metadata.language = tag
            metadata.sources["language"] = source
            break
        }

        var hints: [String] = []
        if let type = metas.first(of: ["og:type"]) { hints.append(type.value.lowercased()) }
        for type in linkedData.types where !hints.contains(type) { hints.append(type) }
        metadata.pageTypeHints = hints
    }

    private func set(
        _ field: WritableKeyPath<PageMetadata, String?>,
        _ value: (String, String)?,
        _ name: String,
        in metadata: inout PageMetadata
    ) {
        guard let (text, source) = value else { return }
        let cleaned = TextNormalization.collapsingWhitespace(text)
        guard !cleaned.isEmpty else { return }
        metadata[keyPath: field] = cleaned
        metadata.sources[name] = source
    }

    /// Whether the page says it is an article: `og:type` `article` or a JSON-LD article type.
    var isArticle: Bool {
        metas.first(of: ["og:type"])?.value.lowercased() == "article"
            || linkedData.types.contains { MetadataVocabulary.articleTypes.contains($0) }
    }

    /// The host without `www.` or `m.` (`example.co.uk`).
    var host: String? {
        guard let url, var host = URLResolver.host(of: url) else { return nil }
        for prefix in ["www.", "m."] where host.hasPrefix(prefix) { host.removeFirst(prefix.count) }
        return host
    }

    /// The host's main label: the one before the public suffix (`nytimes` in `www.nytimes.com`,
    /// `bbc` in `bbc.co.uk`, `cornell` in `gardening.cals.cornell.edu`).
    private func hostNames() -> [String] {
        registrableDomain.map { [String($0.prefix { $0 != "." })] } ?? []
    }

    /// The host's registrable domain: the main label and the public suffix (`virtualbox.org` for
    /// `forums.virtualbox.org`, `bbc.co.uk`).
    var registrableDomain: String? {
        guard let host else { return nil }
        let labels = host.split(separator: ".")
        guard labels.count >= 2 else { return host }
        var suffixLength = 1
        // A second-level suffix (`co.uk`, `com.au`): short, and under a country code.
        if labels.count >= 3, labels[labels.count - 1].count == 2,
            labels[labels.count - 2].count <= MetadataHeuristics.maximumSecondLevelSuffixLength
        {
            suffixLength = 2
        }
        return labels.suffix(suffixLength + 1).joined(separator: ".")
    }

    private func splitList(_ values: [String]) -> [String] {
        values.flatMap { $0.split(whereSeparator: { $0 == "," || $0 == ";" }) }
            .map { TextNormalization.collapsingWhitespace(String($0)) }
            .filter { !$0.isEmpty }
    }

    private func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.map(TextNormalization.collapsingWhitespace).filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }
}
