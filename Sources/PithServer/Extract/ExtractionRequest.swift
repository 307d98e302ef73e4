import Foundation
import Pith

/// One `/v1/extract` call, whatever shape it came in: what to extract from, how to answer.
struct ExtractionRequest: Sendable {
    enum Source: Sendable {
        /// Page bytes, with the charset of the request's `Content-Type` when given.
        case html([UInt8], charset: String?)
        /// Plain text for text mode.
        case text(String)
        /// A URL to fetch.
        case fetch(String)
    }

    var source: Source
    /// The page's own address, when the caller gives HTML and says where it came from (resolves
    /// relative links; never fetched).
    var pageURL: String?
    var format: ResponseFormat = .json
    var options = ExtractionOptions()
    /// JSON only: add the body as clean HTML in an `html` field.
    var includeHTML = false

    /// The query parameters every form shares: `format`, `favor`, `includeComments`,
    /// `includeHTML`.
    mutating func apply(query: [String: String]) throws(ServiceError) {
        if let value = query["format"] { format = try Self.format(value) }
        if let value = query["favor"] { options.favor = try Self.favor(value) }
        if let value = query["includeComments"] { options.includeComments = try Self.flag(value, name: "includeComments") }
        if let value = query["includeHTML"] { includeHTML = try Self.flag(value, name: "includeHTML") }
    }

    /// `GET /v1/extract?url=…`: fetch the page at `url`.
    static func fromQuery(_ query: [String: String]) throws(ServiceError) -> ExtractionRequest {
        guard let url = query["url"], !url.isEmpty else {
            throw .invalidParameter("give the page to fetch as ?url=https://…")
        }
        var request = ExtractionRequest(source: .fetch(url))
        try request.apply(query: query)
        return request
    }

    /// `POST /v1/extract` with an HTML body; `?url=` names the page's address.
    static func fromHTML(_ bytes: [UInt8], charset: String?, query: [String: String]) throws(ServiceError) -> ExtractionRequest {
        var request = ExtractionRequest(source: .html(bytes, charset: charset), pageURL: query["url"])
        try request.apply(query: query)
        return request
    }

    /// `POST /v1/extract` with `text/plain`: text mode.
    static func fromText(_ bytes: [UInt8], query: [String: String]) throws(ServiceError) -> ExtractionRequest {
        var request = ExtractionRequest(source: .text(String(decoding: bytes, as: UTF8.self)))
        try request.apply(query: query)
        return request
    }

    /// `POST /v1/extract` with `{"html"|"text"|"url": …, "format": …, "options": {…}}`. With
    /// `html`, `url` is the page's address; alone, it is the page to fetch.
    static func fromJSON(_ bytes: [UInt8]) throws(ServiceError) -> ExtractionRequest {
        let body: JSONBody
        do {
            body = try JSONDecoder().decode(JSONBody.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw .malformedJSON(Self.describe(error))
        } catch {
            throw .malformedJSON("the body is not valid JSON")
        }
        var request: ExtractionRequest
        switch (body.html, body.text, body.url) {
        case (let html?, nil, let url):
            // JSON strings are Unicode: the bytes are UTF-8 whatever the page's meta tag says.
            request = ExtractionRequest(source: .html(Array(html.utf8), charset: "utf-8"), pageURL: url)
        case (nil, let text?, nil):
            request = ExtractionRequest(source: .text(text))
        case (nil, nil, let url?):
            request = ExtractionRequest(source: .fetch(url))
        case (nil, nil, nil):
            throw .malformedJSON("give one of \"html\", \"text\" or \"url\"")
        default:
            throw .malformedJSON("give one of \"html\" (optionally with \"url\"), \"text\" or \"url\"")
        }
        if let format = body.format { request.format = try Self.format(format) }
        if let favor = body.options?.favor { request.options.favor = try Self.favor(favor) }
        if let comments = body.options?.includeComments { request.options.includeComments = comments }
        if let includeHTML = body.options?.includeHTML { request.includeHTML = includeHTML }
        return request
    }

    private struct JSONBody: Decodable {
        var html: String?
        var text: String?
        var url: String?
        var format: String?
        var options: Options?

        struct Options: Decodable {
            var favor: String?
            var includeComments: Bool?
            var includeHTML: Bool?
        }
    }

    private static func format(_ value: String) throws(ServiceError) -> ResponseFormat {
        guard let format = ResponseFormat(rawValue: value) else {
            throw .invalidParameter("format must be one of \(ResponseFormat.allCases.map(\.rawValue).joined(separator: ", ")), not \(value.prefix(40))")
        }
        return format
    }

    private static func favor(_ value: String) throws(ServiceError) -> ExtractionOptions.Favor {
        guard let favor = ExtractionOptions.Favor(rawValue: value) else {
            throw .invalidParameter("favor must be one of \(ExtractionOptions.Favor.allCases.map(\.rawValue).joined(separator: ", ")), not \(value.prefix(40))")
        }
        return favor
    }

    private static func flag(_ value: String, name: String) throws(ServiceError) -> Bool {
        switch value {
        case "true", "1", "": return true
        case "false", "0": return false
        default: throw .invalidParameter("\(name) must be true or false, not \(value.prefix(40))")
        }
    }

    /// Where and why decoding failed, without the decoder's internal wording.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map(\.stringValue).joined(separator: ".")
            return keys.isEmpty ? "the body" : keys
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context)) must be \(type == Bool.self ? "true or false" : type == String.self ? "a string" : "an object")"
        case .valueNotFound(_, let context):
            return "\(path(context)) must not be null"
        case .keyNotFound(let key, _):
            return "\(key.stringValue) is missing"
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "the body is not valid JSON"
        case .dataCorrupted(let context):
            return "\(path(context)) is not valid"
        @unknown default:
            return "the body is not the JSON this endpoint reads"
        }
    }
}
