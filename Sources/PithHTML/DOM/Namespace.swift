/// The namespaces an HTML parser puts elements and attributes in (WHATWG Infra, "namespaces").
public enum Namespace: UInt8, Sendable, Hashable {
    /// No namespace: ordinary attributes.
    case none
    case html
    case svg
    case mathML
    case xlink
    case xml
    case xmlns

    /// The namespace URI.
    public var uri: String {
        switch self {
        case .none: ""
        case .html: "http://www.w3.org/1999/xhtml"
        case .svg: "http://www.w3.org/2000/svg"
        case .mathML: "http://www.w3.org/1998/Math/MathML"
        case .xlink: "http://www.w3.org/1999/xlink"
        case .xml: "http://www.w3.org/XML/1998/namespace"
        case .xmlns: "http://www.w3.org/2000/xmlns/"
        }
    }
}
