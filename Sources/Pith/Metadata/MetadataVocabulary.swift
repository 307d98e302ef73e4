/// The names metadata goes by: `meta` names and properties, JSON-LD types, and class and id
/// fragments that mark bylines and dates in the body.
///
/// Every list is sorted and lowercase. Which list wins over which is not decided here but in
/// ``MetadataHeuristics`` (source priorities).
enum MetadataVocabulary {
    // MARK: - meta names and properties, by field

    /// Headline: OpenGraph, Twitter cards, Dublin Core, Parse.ly, Sailthru, Highwire (citation).
    static let titleMetaNames = [
        "citation_title", "dc.title", "dcterms.title", "headline", "og:title", "parsely-title", "sailthru.title",
        "title", "twitter:title",
    ]

    /// Standfirst or summary.
    static let descriptionMetaNames = [
        "dc.description", "dcterms.abstract", "dcterms.description", "description", "og:description",
        "sailthru.description", "twitter:description",
    ]

    /// Authors. `article:author` is often a profile URL (dropped later); `twitter:creator` is a
    /// handle and is left out.
    static let authorMetaNames = [
        "article:author", "article:author_name", "author", "book:author", "byl", "citation_author", "dc.creator",
        "dc.creator.name", "dcterms.creator", "og:article:author", "parsely-author", "sailthru.author",
    ]

    /// First publication, as the metadata standards and CMSs spell it. Ideas from htmldate's list
    /// of date attributes (adbar/htmldate, `DATE_ATTRIBUTES`), written fresh.
    static let publishedMetaNames = [
        "article.created", "article.published", "article:published", "article:published_time", "article_date_original",
        "bt:pubdate", "citation_date", "citation_online_date", "citation_publication_date", "created",
        "cxenseparse:recs:publishtime", "date", "date_published", "datecreated", "dateposted", "datepublished",
        "dc.created", "dc.date", "dc.date.created", "dc.date.issued", "dc.date.publication", "dcsext.articlefirstpublished",
        "dcterms.created", "dcterms.date", "dcterms.issued", "og:article:published_time", "og:published_time",
        "og:pubdate", "originalpublicationdate", "parsely-pub-date", "prism.publicationdate", "pubdate",
        "publication_date", "publish-date", "publish_date", "published", "published-date", "published_time", "publishdate",
        "rnews:datepublished", "sailthru.date", "shareaholic:article_published_time", "timestamp",
    ]

    /// Last modification.
    static let modifiedMetaNames = [
        "article:modified", "article:modified_time", "dateupdated", "datemodified", "dc.date.modified", "dc.modified",
        "dcterms.modified", "last-modified", "lastmod", "lastmodified", "modified", "modified_time",
        "og:article:modified_time", "og:updated_time", "revision_date", "updated_time",
    ]

    /// Publication or site name.
    static let siteNameMetaNames = [
        "application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher", "og:site_name",
    ]

    /// Content language (`og:locale` is `en_US`; the reader turns it into `en-US`).
    static let languageMetaNames = ["content-language", "dc.language", "dcterms.language", "language", "og:locale"]

    /// Lead image.
    static let imageMetaNames = [
        "og:image", "og:image:secure_url", "og:image:url", "thumbnail", "thumbnailurl", "twitter:image", "twitter:image:src",
    ]

    /// Keywords and tags. `keywords` is comma-separated and often SEO filler, so it ranks last.
    static let tagMetaNames = ["article:tag", "dc.subject", "keywords", "news_keywords", "parsely-tags", "sailthru.tags"]

    /// Section or category.
    static let categoryMetaNames = ["article:section", "category", "og:article:section", "parsely-section", "section"]

    /// Licence statements.
    static let licenseMetaNames = ["dc.rights", "dcterms.license", "dcterms.rights", "license"]

    /// Canonical URL.
    static let urlMetaNames = ["og:url", "twitter:url"]

    /// The page's kind (`article`, `website`, `product`).
    static let pageTypeMetaNames = ["og:type"]

    // MARK: - Titles

    /// What separates a headline from the site or section name in a `<title>` (spaces included,
    /// so hyphenated words and `Q&A` stay whole).
    static let titleSeparators = [" - ", " // ", " :: ", " « ", " » ", " | ", " · ", " • ", " ‹ ", " › ", " – ", " — ", " ~ ", " / "]

    /// Verbs a shop's declared title puts before a category ("Shop Wired Headphones", "Buy
    /// Electric Guitars at Thomann"), lowercased.
    static let shoppingTitleVerbs = ["acheter", "buy", "comprar", "order", "shop"]

    // MARK: - Bylines

    /// Words that introduce a byline's names, by language: "By", "Von", "Par", "Por", "Door", "Di",
    /// "Av", "Autor:", "Written by", "Posted by".
    static let bylineLeadWords = [
        "af", "author", "authors", "autor", "autora", "autore", "autorin", "auteur", "av", "by", "da", "di", "door",
        "escrito", "from", "par", "photos", "por", "posted", "published", "reported", "story", "text", "texte", "texto",
        "via", "von", "words", "written", "wrote", "écrit", "автор",
    ]

    /// Words that open a byline written as plain text: "By Jane Doe", "Written by", "Author:",
    /// "Contributors:", "Von", "Par".
    static let bylineLabelWords = [
        "author", "authors", "autor", "autorin", "auteur", "by", "contributor", "contributors", "door", "par", "por",
        "posted", "von", "written",
    ]

    /// Lowercase words inside names: "Maria de la Cruz", "Ludwig van Beethoven".
    static let nameParticles = ["al", "bin", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von", "y"]

    /// "By" in the languages of ``bylineLeadWords``: names follow it, whatever precedes it.
    static let byWords = ["av", "by", "door", "par", "por", "von"]

    /// Words joining names in a byline: "A and B", "A und B", "A et B", "A y B".
    static let nameConjunctions = ["and", "e", "en", "et", "i", "og", "och", "und", "y", "и"]

    /// Credentials and suffixes that follow a name after a comma and belong to it ("Jane Doe, MD").
    static let nameSuffixes = [
        "cfp", "cpa", "dds", "dnp", "do", "dr", "dvm", "esq", "facs", "faan", "fnp", "ii", "iii", "iv", "jd", "jr",
        "lcsw", "lmft", "lpc", "ma", "mba", "md", "mph", "ms", "msc", "msn", "mpt", "np", "pa", "pharmd", "phd",
        "pmp", "psyd", "rd", "rdn", "rn", "sr",
    ]

    /// Names that are no one: staff credits and placeholders.
    static let placeholderAuthorNames = [
        "admin", "administrator", "anonymous", "editor", "editorial", "editorial staff", "guest", "redaktion", "staff",
        "staff writer", "unknown",
    ]

    /// JSON keys under which page-state scripts (Next.js, Nuxt, WordPress GraphQL, CMS data
    /// layers) keep the publication date, exactly as written.
    static let scriptDateKeys = [
        "datePublished", "date_published", "firstPublishedAt", "pubDate", "publicationDate", "publication_date",
        "publishDate", "publishedAt", "publishedDate", "published_at", "postedAt",
    ]

    // MARK: - JSON-LD (schema.org) types

    /// Types whose object is the article itself: its headline, authors and dates are the page's.
    static let articleTypes = [
        "advertisercontentarticle", "analysisnewsarticle", "article", "askpublicnewsarticle", "backgroundnewsarticle",
        "blogposting", "liveblogposting", "medicalscholarlyarticle", "newsarticle", "opinionnewsarticle", "report",
        "reportagenewsarticle", "reviewnewsarticle", "satiricalarticle", "scholarlyarticle", "socialmediaposting",
        "techarticle",
    ]

    /// Other types that are a page's main thing, with their own author and dates.
    static let postingTypes = [
        "course", "creativework", "discussionforumposting", "event", "howto", "jobposting", "movie", "podcastepisode",
        "product", "qapage", "question", "recipe", "review", "videoobject",
    ]

    /// Types that describe the page as a whole.
    static let pageTypes = [
        "aboutpage", "checkoutpage", "collectionpage", "contactpage", "faqpage", "itempage", "medicalwebpage",
        "profilepage", "realestatelisting", "searchresultspage", "webpage",
    ]

    /// Types that name the site.
    static let siteTypes = ["organization", "website"]

    // MARK: - class and id fragments in the body

    /// Fragments of `class` and `id` values that mark an author or byline. A fragment matches at
    /// the start of a word (`post-author`, `authorBox`, `byline`).
    static let bylineClassFragments = [
        "auteur", "author", "autor", "autore", "by-line", "byline", "contributor", "journalist", "posted-by", "postedby",
        "reporter", "username", "writer",
    ]

    /// Fragments that mark a date or time (`entry-date`, `postDate`, `published`, `timestamp`).
    /// `meta` is the "entry-meta" / "post-meta" line of blog themes (date and author).
    static let dateClassFragments = [
        "date", "dateline", "datum", "fecha", "meta", "posted", "pubdate", "publish", "time", "timestamp",
    ]

    /// Fragments that mark a headline (`entry-title`, `headline`, `article-title`).
    static let headlineClassFragments = ["headline", "title"]

    /// Fragments of regions whose dates and names belong to something else: comments, related
    /// links, sidebars.
    static let asideClassFragments = ["comment", "most-popular", "related", "reply", "sidebar"]

    /// Fragments that start a `class` or `id` token of a page footer (`footer`, `footer-nav`,
    /// `site-footer`); an article's own footer (`entry-footer`, "Posted on …") does not match.
    static let footerClassFragments = ["footer", "global-footer", "page-footer", "site-footer"]

    /// Words that, written before a date, say it is the modification date (`Updated 24 Dec 2022`).
    static let modifiedDateWords = [
        "actualisé", "actualizado", "aggiornato", "aktualisiert", "bearbeitet", "edited", "geändert", "last", "mis",
        "modified", "revised", "updated", "änderung",
    ]

    /// Words that, written just before a date anywhere in the text, mark it as the page's own
    /// ("Dieser Artikel wurde am …", "Erschienen am: …", "last edited …"): the last-resort scan
    /// takes only such dates. Together with the published and modified words.
    static let dateCueWords = ["am", "created", "datum", "edited", "erstellt", "on", "stand", "wurde"]

    /// Words that, written just before a date, say it dates a person, not the page: forum
    /// profiles beside each post ("Registered: 2024-01-27", "Member since", "Dabei seit").
    static let membershipDateWords = ["inscrit", "inscrito", "iscritto", "joined", "registered", "registriert", "seit", "since"]

    /// Words that, written before a date, say it is the publication date.
    static let publishedDateWords = [
        "erschienen", "on", "posted", "publicado", "publicat", "publication", "publié", "published", "pubblicato",
        "veröffentlicht", "opublikowano", "опубликовано",
    ]
}
