/// The article as one JSON object: the line format of `pith extract --format json`, `pith batch`
/// and the HTTP service.
public struct ArticleJSON: Sendable {
    public init() {}

    /// Encodes `article`; `source` names the input (a path, `-`, a WARC record); `extra` adds
    /// already-encoded fields at the end.
    public func encode(_ article: Article, source: String? = nil, extra: [(key: String, json: String)] = []) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        if let source {
            writer.key("source")
            writer.string(source)
        }
        writer.key("url")
        writer.string(article.url)
        writer.key("title")
        writer.string(article.title)
        writer.key("authors")
        writer.strings(article.authors)
        writer.key("published")
        writer.string(article.published?.iso8601)
        writer.key("modified")
        writer.string(article.modified?.iso8601)
        writer.key("siteName")
        writer.string(article.siteName)
        writer.key("description")
        writer.string(article.description)
        writer.key("language")
        writer.string(article.language)
        writer.key("image")
        writer.string(article.image)
        writer.key("tags")
        writer.strings(article.tags)
        writer.key("categories")
        writer.strings(article.categories)
        writer.key("license")
        writer.string(article.license)
        writer.key("pageType")
        writer.string(article.pageType.rawValue)
        writer.key("text")
        writer.string(article.text)
        if !article.comments.isEmpty {
            writer.key("comments")
            writer.string(PlainTextRenderer().render(article.comments))
        }
        if !article.metadataSources.isEmpty {
            writer.key("metadataSources")
            writer.beginObject()
            for (field, source) in article.metadataSources.sorted(by: { $0.key < $1.key }) {
                writer.key(field)
                writer.string(source)
            }
            writer.endObject()
        }
        for (key, json) in extra {
            writer.key(key)
            writer.raw(json)
        }
        writer.endObject()
        return writer.json
    }

    /// The error line for an input that could not be processed.
    public func encodeError(source: String, code: String, message: String) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("source")
        writer.string(source)
        writer.key("error")
        writer.beginObject()
        writer.key("code")
        writer.string(code)
        writer.key("message")
        writer.string(message)
        writer.endObject()
        writer.endObject()
        return writer.json
    }
}
