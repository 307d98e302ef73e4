/// A page's `meta` values by lowercased name, in document order.
struct MetaIndex {
    private var values: [String: [String]] = [:]

    init(_ metas: [MetadataCandidates.Meta]) {
        for meta in metas {
            let value = TextNormalization.collapsingWhitespace(meta.value)
            guard !value.isEmpty else { continue }
            values[meta.key, default: []].append(value)
        }
    }

    /// Every value of `name`.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The first value of the first of `names` (in the given order) that the page has.
    func first(of names: [String]) -> (name: String, value: String)? {
        for name in names {
            if let value = values[name]?.first { return (name, value) }
        }
        return nil
    }

    /// Every (name, value) of `names`, in the given name order.
    func all(of names: [String]) -> [(name: String, value: String)] {
        names.flatMap { name in (values[name] ?? []).map { (name, $0) } }
    }
}
