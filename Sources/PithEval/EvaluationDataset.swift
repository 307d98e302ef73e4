public import Foundation

/// A development dataset of `../shared/data`, read in place: the pages and what is expected of them.
public struct EvaluationDataset: Sendable {
    /// The three dataset layouts Pith evaluates on.
    public enum Kind: String, Sendable, CaseIterable {
        /// WCXB: `html/<id>.html.gz`, `ground-truth/<id>.json`.
        case wcxb
        /// trafilatura's evaluation set: `html/<file>.gz`, `evaldata.json`.
        case traf
        /// htmldate's evaluation set: `html/<file>.gz`, `dates.json`.
        case dates
    }

    /// One page and its expectations.
    public struct Page: Sendable {
        /// The id predictions are keyed by (file stem for WCXB, `file` value otherwise).
        public let id: String
        public let htmlPath: String
        public let url: String?
        /// WCXB: the ground-truth main content.
        public let mainContent: String?
        public let with: [String]
        public let without: [String]
        public let title: String?
        public let author: String?
        /// `YYYY-MM-DD`.
        public let date: String?
        /// WCXB page type (`category` reported as `collection`, as the scorer does).
        public let pageType: String?
    }

    public let kind: Kind
    public let pages: [Page]

    /// Loads the dataset at `folder`.
    /// - Throws: ``EvaluationError`` when the folder does not have the layout of `kind`.
    public init(kind: Kind, folder: String) throws {
        self.kind = kind
        let root = URL(fileURLWithPath: folder)
        switch kind {
        case .wcxb: pages = try Self.loadWCXB(root)
        case .traf: pages = try Self.loadIndexed(root, index: "evaldata.json", dates: false)
        case .dates: pages = try Self.loadIndexed(root, index: "dates.json", dates: true)
        }
    }

    private static func loadWCXB(_ root: URL) throws -> [Page] {
        let truthFolder = root.appendingPathComponent("ground-truth")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: truthFolder.path) else {
            throw EvaluationError("no ground-truth folder in \(root.path)")
        }
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            let id = String(name.dropLast(5))
            let object = try readJSONObject(truthFolder.appendingPathComponent(name))
            let truth = object["ground_truth"] as? [String: Any] ?? [:]
            var pageType = "article"
            if let internalInfo = object["_internal"] as? [String: Any] {
                if let info = internalInfo["page_type"] as? [String: Any], let primary = info["primary"] as? String {
                    pageType = primary
                } else if let primary = internalInfo["page_type"] as? String {
                    pageType = primary
                }
            }
            return Page(
                id: id,
                htmlPath: root.appendingPathComponent("html/\(id).html.gz").path,
                url: object["url"] as? String,
                mainContent: truth["main_content"] as? String ?? "",
                with: truth["with"] as? [String] ?? [],
                without: truth["without"] as? [String] ?? [],
                title: truth["title"] as? String,
                author: truth["author"] as? String,
                date: truth["publish_date"] as? String,
                pageType: pageType == "category" ? "collection" : pageType
            )
        }
    }

    private static func loadIndexed(_ root: URL, index: String, dates: Bool) throws -> [Page] {
        let object = try readJSONObject(root.appendingPathComponent(index))
        return object.compactMap { url, value -> Page? in
            guard let item = value as? [String: Any], let file = item["file"] as? String else { return nil }
            return Page(
                id: file,
                htmlPath: root.appendingPathComponent("html/\(file).gz").path,
                url: url,
                mainContent: nil,
                with: item["with"] as? [String] ?? [],
                without: item["without"] as? [String] ?? [],
                title: nil,
                author: nil,
                date: dates ? item["date"] as? String : nil,
                pageType: nil
            )
        }.sorted { ($0.id, $0.url ?? "") < ($1.id, $1.url ?? "") }
    }

    private static func readJSONObject(_ url: URL) throws -> [String: Any] {
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw EvaluationError("cannot read JSON object from \(url.path)") }
        return object
    }
}

/// An evaluation that cannot run (missing or malformed dataset files).
public struct EvaluationError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
