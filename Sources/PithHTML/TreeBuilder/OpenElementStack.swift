/// The stack of open elements (13.2.4.3), bottommost (the current node) last.
///
/// Each entry keeps its element's name, namespace and scope-boundary kinds beside its id, so the
/// scope searches of 13.2.4.2 read this array alone, not the document. A count of open HTML
/// elements per static name answers "is there an HTML `p` open at all?" without a walk: that is
/// the usual answer to the scope questions "in body" asks for every block start tag.
///
/// Searches look at most ``reach`` entries down from the current node: an element further down
/// counts as absent (see ``ParserLimits/maxTreeDepth``), which keeps each search bounded however
/// deep the stack grows.
///
/// The stack is small (a few words), so its queries take it by value at no cost: the tree builder
/// forwards to them rather than run them on itself (see `TreeBuilder+Stack.swift`).
struct OpenElementStack: RandomAccessCollection {
    /// The kinds of scope of 13.2.4.2.
    enum Scope: UInt8 {
        case `default` = 1
        case listItem = 2
        case button = 4
        case table = 8
    }

    struct Entry {
        var node: NodeID
        var name: LocalName
        var namespace: Namespace
        /// The ``Scope`` raw values whose searches this element ends.
        var boundaries: UInt8
    }

    private(set) var entries: [Entry] = []
    /// Open HTML elements per static name, indexed by `LocalName.rawValue`.
    private var htmlCounts = [UInt32](repeating: 0, count: Int(LocalName.staticCount))

    /// How many entries, counting down from the current node, searches look at.
    let reach: Int

    init(reach: Int) {
        self.reach = reach
        entries.reserveCapacity(Swift.min(OpenElementStack.expectedDepth, reach))
    }

    /// Entries to make room for up front: real pages nest a few dozen deep, so the stack rarely
    /// grows past this.
    static let expectedDepth = 64

    var startIndex: Int { 0 }
    var endIndex: Int { entries.count }

    subscript(index: Int) -> NodeID {
        @inline(__always) get { entries[index].node }
    }

    // MARK: - Changes

    mutating func append(_ node: NodeID, _ record: NodeRecord) {
        entries.append(Self.entry(node, record))
        count(record, by: 1)
    }

    @discardableResult
    mutating func popLast() -> NodeID? {
        guard let entry = entries.popLast() else { return nil }
        uncount(entry)
        return entry.node
    }

    @discardableResult
    mutating func remove(at index: Int) -> NodeID {
        let entry = entries.remove(at: index)
        uncount(entry)
        return entry.node
    }

    mutating func insert(_ node: NodeID, _ record: NodeRecord, at index: Int) {
        entries.insert(Self.entry(node, record), at: index)
        count(record, by: 1)
    }

    /// Puts `node` in place of the entry at `index` (the adoption agency's clones).
    mutating func replace(at index: Int, with node: NodeID, _ record: NodeRecord) {
        uncount(entries[index])
        entries[index] = Self.entry(node, record)
        count(record, by: 1)
    }

    private static func entry(_ node: NodeID, _ record: NodeRecord) -> Entry {
        Entry(node: node, name: record.name, namespace: record.namespace, boundaries: boundaries(record))
    }

    /// The scopes whose searches an element ends (13.2.4.2).
    private static func boundaries(_ record: NodeRecord) -> UInt8 {
        let name = record.name
        var ends: UInt8 = 0
        switch record.namespace {
        case .html:
            if ElementSets.defaultScope.contains(name) {
                ends |= Scope.default.rawValue | Scope.listItem.rawValue | Scope.button.rawValue
            }
            if name == .ol || name == .ul { ends |= Scope.listItem.rawValue }
            if name == .button { ends |= Scope.button.rawValue }
            if name == .html || name == .table || name == .template { ends |= Scope.table.rawValue }
        case .mathML where ElementSets.mathMLScope.contains(name),
            .svg where ElementSets.svgScope.contains(name):
            ends |= Scope.default.rawValue | Scope.listItem.rawValue | Scope.button.rawValue
        default:
            break
        }
        return ends
    }

    private mutating func count(_ record: NodeRecord, by delta: UInt32) {
        let index = Int(record.name.rawValue)
        guard record.namespace == .html, index < htmlCounts.count else { return }
        htmlCounts[index] += delta
    }

    private mutating func uncount(_ entry: Entry) {
        let index = Int(entry.name.rawValue)
        guard entry.namespace == .html, index < htmlCounts.count else { return }
        htmlCounts[index] -= 1
    }

    // MARK: - Queries

    /// The entries searches look at: the current node and those above it, ``reach`` in all.
    /// (Indices are those of the whole stack.)
    var inReach: Slice<OpenElementStack> {
        @inline(__always) get { suffix(reach) }
    }

    /// The entries searches look at, from the current node up.
    private var entriesInReach: ReversedCollection<ArraySlice<Entry>> {
        @inline(__always) get { entries.suffix(reach).reversed() }
    }

    /// Whether an HTML element named `name` may be open: `false` is certain, `true` for per-document
    /// names (which have no count) and open static ones.
    @inline(__always)
    func mayContainHTML(_ name: LocalName) -> Bool {
        let index = Int(name.rawValue)
        return index >= htmlCounts.count || htmlCounts[index] != 0
    }

    /// Whether an HTML element named `name` is open within reach.
    func containsHTML(_ name: LocalName) -> Bool {
        guard mayContainHTML(name) else { return false }
        return entriesInReach.contains { $0.name == name && $0.namespace == .html }
    }

    /// Whether `node` is on the stack within reach, searched from the top (where formatting
    /// elements, the usual question, tend to be).
    func containsNode(_ node: NodeID) -> Bool {
        for entry in entriesInReach where entry.node == node { return true }
        return false
    }

    /// "has an element in … scope" for an HTML element named `name`.
    func hasElementInScope(_ name: LocalName, _ scope: Scope) -> Bool {
        guard mayContainHTML(name) else { return false }
        for entry in entriesInReach {
            if entry.name == name && entry.namespace == .html { return true }
            if entry.boundaries & scope.rawValue != 0 { return false }
        }
        return false
    }

    /// "has an element in … scope" for any HTML element of `category`.
    func hasElementInScope(of category: ElementCategory, _ scope: Scope) -> Bool {
        for entry in entriesInReach {
            if entry.namespace == .html && category.contains(entry.name) { return true }
            if entry.boundaries & scope.rawValue != 0 { return false }
        }
        return false
    }

    /// "has an element in scope" for a particular node.
    func hasNodeInScope(_ target: NodeID) -> Bool {
        for entry in entriesInReach {
            if entry.node == target { return true }
            if entry.boundaries & Scope.default.rawValue != 0 { return false }
        }
        return false
    }
}
