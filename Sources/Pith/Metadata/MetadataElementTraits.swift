internal import PithHTML

/// What the metadata collector makes of an element by its name alone, looked up once per element
/// in a table indexed by the name's atom.
///
/// A `switch` over `LocalName` constants compares against each constant through its accessor; the
/// table turns that into one array read per element.
struct MetadataElementTraits: Sendable {
    /// The elements the collector reads specially.
    enum Role: UInt8, Sendable {
        case other
        case html
        case title
        case meta
        case link
        case script
        case time
        case heading1
        case heading2
        case heading3
        case article
        case main
        case footer
        case anchor
    }

    var role: Role = .other
    /// The context the element opens for its descendants.
    var context: MetadataCandidates.Context = []
    /// Whether its class and id go unread: the root and body (their classes describe the page:
    /// "has-sidebar", "comments-open"), and elements that hold no byline, date, headline or region
    /// (images, form controls, icons, embedded content, head elements).
    var ignoresClasses = false

    /// Traits by static name atom; names the document made up have the default traits.
    static let table: [MetadataElementTraits] = {
        var table = [MetadataElementTraits](repeating: MetadataElementTraits(), count: Int(LocalName.staticCount))
        func set(_ names: [LocalName], _ change: (inout MetadataElementTraits) -> Void) {
            for name in names { change(&table[Int(name.rawValue)]) }
        }
        set([.html]) { $0.role = .html }
        set([.title]) { $0.role = .title }
        set([.meta]) { $0.role = .meta }
        set([.link]) { $0.role = .link }
        set([.script]) { $0.role = .script }
        set([.time]) { $0.role = .time }
        set([.h1]) { $0.role = .heading1 }
        set([.h2]) { $0.role = .heading2 }
        set([.h3]) { $0.role = .heading3 }
        set([.article]) { $0.role = .article }
        set([.main]) { $0.role = .main }
        set([.footer]) { $0.role = .footer }
        set([.a]) { $0.role = .anchor }
        set([.head]) { $0.context = .head }
        set([.header]) { $0.context = .header }
        set([.nav]) { $0.context = .navigation }
        set([.aside]) { $0.context = .aside }
        set([.article]) { $0.context = .article }
        set([.main]) { $0.context = .main }
        set([.a]) { $0.context = .link }
        set([.form, .button, .select, .label]) { $0.context = .form }
        set([.script, .style, .template, .noscript, .iframe, .object]) { $0.context = .hidden }
        set([
            .html, .body, .img, .picture, .source, .input, .button, .select, .option, .textarea, .label, .i, .svg,
            .iframe, .video, .audio, .canvas, .br, .hr, .meta, .link, .script, .style, .noscript, .template, .head,
            .title, .base,
        ]) { $0.ignoresClasses = true }
        return table
    }()
}
