/// The `WARC-Type` of a record (ISO 28500 §6). Values are lowercased when read; types this
/// module does not know keep their own name.
public struct WARCRecordType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The type as written, lowercased.
    public let rawValue: String

    /// Wraps a type name (lowercase).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The type name.
    public var description: String { rawValue }

    /// Describes the records that follow it (§6.2).
    public static let warcinfo = Self(rawValue: "warcinfo")
    /// A complete scheme-specific response, e.g. an HTTP response (§6.3).
    public static let response = Self(rawValue: "response")
    /// A resource without its protocol envelope (§6.4).
    public static let resource = Self(rawValue: "resource")
    /// The request that was sent, e.g. an HTTP request (§6.5).
    public static let request = Self(rawValue: "request")
    /// Information about another record (§6.6).
    public static let metadata = Self(rawValue: "metadata")
    /// A revisit of content already archived, usually without a payload (§6.7).
    public static let revisit = Self(rawValue: "revisit")
    /// An alternative version of another record's content (§6.8).
    public static let conversion = Self(rawValue: "conversion")
    /// A continuation of a segmented record (§6.9).
    public static let continuation = Self(rawValue: "continuation")
}
