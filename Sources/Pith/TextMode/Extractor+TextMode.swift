import PithHTML

extension Extractor {
    /// Extracts the article from a page that is already plain text (text mode).
    ///
    /// The result is the same ``Article`` as from HTML: the headline, the publication date (with
    /// the time when the text gives one, never an invented zone), the standfirst as
    /// ``Article/description``, the authors of a byline, and the body as paragraphs (headings and
    /// lists when the text is Markdown), with navigation, icon labels, share bars, player time
    /// codes and other page furniture left out.
    ///
    /// - Parameters:
    ///   - bytes: The text in any encoding (UTF-8 unless a byte order mark, the transport
    ///     charset or byte statistics say otherwise; bad sequences become U+FFFD).
    ///   - url: The page's URL, copied to ``Article/url``.
    ///   - transportCharset: The charset of the HTTP `Content-Type` header, when known.
    /// - Returns: The article; an empty one when the text has no content.
    public func extract(text bytes: [UInt8], url: String? = nil, transportCharset: String? = nil) -> Article {
        let decoded = HTMLInputDecoder.decode(bytes, transportCharset: transportCharset)
        return extract(text: String(decoding: decoded.utf8, as: UTF8.self), url: url)
    }

    /// Extracts the article from a page that is already plain text (text mode).
    public func extract(text: String, url: String? = nil) -> Article {
        TextModeExtractor(options: options).extract(text: text, url: url)
    }

    /// Extracts the article from HTML or text, telling them apart with ``InputKind/detect(_:)``
    /// unless `kind` says which.
    ///
    /// - Parameters:
    ///   - bytes: The page in any encoding.
    ///   - kind: ``InputKind/html``, ``InputKind/text``, or nil to detect.
    ///   - url: The page's URL.
    ///   - transportCharset: The charset of the HTTP `Content-Type` header, when known.
    public func extract(bytes: [UInt8], kind: InputKind? = nil, url: String? = nil, transportCharset: String? = nil) -> Article {
        switch kind ?? InputKind.detect(bytes) {
        case .html: extract(html: bytes, url: url, transportCharset: transportCharset)
        case .text: extract(text: bytes, url: url, transportCharset: transportCharset)
        }
    }

    /// Every line of a text page with its content probability and role, for debugging text mode.
    package func traceText(_ text: String) -> [(text: String, probability: Double, kept: Bool, role: String)] {
        TextModeExtractor(options: options).trace(text: text)
    }

    /// The line features of a text page and each line's text, for training the line model.
    package func textTrainingRows(_ text: String) -> [(features: [Float], text: String, words: Int)] {
        let analysis = TextPageAnalysis(text: text)
        let width = LineFeatures.count
        return analysis.lines.indices.map { index in
            (Array(analysis.features.values[(index * width)..<((index + 1) * width)]), analysis.lines[index].text, analysis.lines[index].wordCount)
        }
    }

    /// The line model's feature column names, in order.
    package static var textFeatureNames: [String] { LineFeatures.names }
}
