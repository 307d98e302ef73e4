/// Just enough URL handling for metadata: resolving a `href` against the page URL and naming the
/// host. Not a WHATWG URL parser: it handles the absolute, scheme-relative, root-relative and
/// path-relative forms pages use in `link` and `meta`.
enum URLResolver {
    /// `reference` made absolute against `base` when it is relative and `base` is absolute;
    /// otherwise `reference` trimmed.
    static func resolve(_ reference: String, against base: String?) -> String {
        let reference = TextNormalization.collapsingWhitespace(reference)
        if hasScheme(reference) { return reference }
        guard let base, let schemeEnd = base.firstRange(of: "://") else { return reference }
        let scheme = base[..<schemeEnd.lowerBound]
        if reference.hasPrefix("//") { return scheme + ":" + reference }
        let afterScheme = base[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        let origin = base[..<authorityEnd]
        if reference.hasPrefix("/") { return origin + reference }
        if reference.hasPrefix("?") || reference.hasPrefix("#") || reference.isEmpty {
            let path = base[authorityEnd...].prefix { $0 != "?" && $0 != "#" }
            return origin + path + reference
        }
        let path = base[authorityEnd...].prefix { $0 != "?" && $0 != "#" }
        let directory = path.lastIndex(of: "/").map { path[...$0] } ?? "/"
        return origin + directory + reference
    }

    /// The host of an absolute URL, lowercased, without port or credentials.
    static func host(of url: String) -> String? {
        guard let schemeEnd = url.firstRange(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        var authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if let colon = authority.firstIndex(of: ":") { authority = authority[..<colon] }
        return authority.isEmpty ? nil : authority.lowercased()
    }

    private static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
            && scheme.first!.isLetter
    }
}
