/// Tunable numbers and orders of the metadata stage.
///
/// Figures quoted as "dev" are from runs over the WCXB dev set (1,497 pages) and the htmldate
/// evaluation set (800 pages) with `MetadataDevSetTests` (see that file for the command).
enum MetadataHeuristics {
    // MARK: - Collection caps (bounded work per page)

    /// `meta` elements read. Heavy pages carry 100–200; beyond this is spam.
    static let maximumMetas = 600
    /// `link` relations read.
    static let maximumLinks = 400
    /// Bytes of JSON-LD read per page. Large product pages reach a few hundred KB.
    static let maximumLinkedDataBytes = 2_000_000
    /// `time` elements kept.
    static let maximumTimes = 200
    /// Headings kept (`h1`–`h3` and class-marked headlines).
    static let maximumHeadings = 200
    /// Elements with byline or date hints kept.
    static let maximumHintedElements = 600
    /// Microdata properties kept.
    static let maximumItemProperties = 600
    /// `class` and `id` values longer than this are not searched (utility-class soup).
    static let maximumClassBytes = 400
    /// A class-marked aside region ("related", "sidebar", "comments") holding more of the page's
    /// text than this share is a layout wrapper around the article, not an aside.
    static let maximumAsideShare = 0.5
    /// Authors read from one JSON-LD value.
    static let maximumAuthors = 20

    // MARK: - Title

    /// Title `meta` names after `og:title`, JSON-LD `headline` and `twitter:title`, best first.
    static let otherTitleMetaNames = [
        "parsely-title", "sailthru.title", "dc.title", "dcterms.title", "citation_title", "headline", "title",
    ]
    /// Heading levels tried against the declared titles, in order: `h1`, then a class-marked
    /// headline (level 0), then `h2`, `h3`.
    static let headingLevelPreference = [1, 0, 2, 3]
    /// Headings of each level compared with the declared titles, in document order.
    static let maximumHeadingsTried = 24
    /// Visible text nodes searched for the title's words when no heading holds it.
    static let maximumTitleTextRuns = 400
    /// Longest headline in bytes of text; longer "headings" are wrappers.
    static let maximumHeadlineBytes = 400
    /// A last title segment this short (in words) is taken for a brand when no site name is known.
    static let maximumSiteSuffixWords = 3
    /// A host label this short before a country code is a second-level suffix (`co.uk`, `com.au`).
    static let maximumSecondLevelSuffixLength = 3
    /// Titles with more segments are not cut into runs for matching (bounded work).
    static let maximumTitleSegments = 8

    // MARK: - Authors

    /// Author `meta` names, best first.
    static let authorMetaOrder = [
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
        "citation_author", "article:author_name", "og:article:author", "book:author", "dc.creator.name",
    ]
    /// A lowercase word with this many dots is a template path (`page.head.extra.author`), not a
    /// name (`sara.r.peter` has two).
    static let minimumCodePathDots = 3
    /// A "by" among a byline's first this many words starts its names ("View all posts by").
    static let maximumWordsBeforeBy = 5
    /// Longest byline text in bytes.
    static let maximumBylineLength = 300
    /// Longest name in characters.
    static let maximumAuthorNameLength = 80
    /// Most words in a name ("Maria de la Cruz Fernández Ortega").
    static let maximumAuthorNameWords = 6
    /// A comma-separated all-caps part with at most this many letters is a credential ("FACLM").
    static let maximumCredentialLetters = 6
    /// Byline elements parsed before giving up.
    static let maximumBylineElementsTried = 8
    /// Text before the headline counts this many times its length when ranking bylines.
    static let bylineBeforeHeadlinePenalty = 2

    // MARK: - Dates

    /// Ranks of date sources: the highest plausible candidate wins.
    enum DateRank {
        /// JSON-LD `datePublished` of an article or posting.
        static let linkedDataPublished = 100
        /// `article:published_time` and its close kin.
        static let strongMeta = 95
        /// Microdata `datePublished`, `time pubdate`.
        static let microdata = 90
        /// Other date `meta`s.
        static let meta = 85
        /// The date in the URL path.
        static let url = 80
        /// JSON-LD dates of the page object or `dateCreated`.
        static let pagePublished = 75
        /// A `time` or date-class element near the headline.
        static let nearHeadline = 70
        /// A date written in the text around the headline.
        static let headlineText = 65
        /// Generic date `meta`s (`date`, `dc.date`): often the page's generation or cache date,
        /// so a date the page shows near its headline beats them (htmldate eval: `date` right
        /// 10 of 18 times it won).
        static let weakMeta = 60
        /// `time` and date-class elements elsewhere.
        static let elsewhere = 40
        /// A date written beside the byline ("Luke Kim · December 17, 2025") when no other source
        /// dates the page: author boxes at an article's end, pages without a headline element.
        static let bylineText = 35
        /// A publication date in a script's data (`"publishDate": "…"`), when the page shows none.
        static let scriptData = 30
        /// Last resort: a date after a cue word ("am", "Erschienen") anywhere in the text.
        static let cuedText = 20
    }

    /// Publication `meta` names trusted most, best first.
    static let strongPublishedMetaNames = [
        "article:published_time", "og:article:published_time", "og:published_time", "parsely-pub-date", "sailthru.date",
        "datepublished", "dc.date.issued", "dcterms.issued",
    ]
    /// Publication `meta` names that are generic (a date, of something): below the shown date.
    static let weakPublishedMetaNames = ["created", "date", "dc.created", "dc.date", "dcterms.created", "dcterms.date", "pubdate", "timestamp"]
    /// Text before the headline searched for its date, in bytes (a date line above the headline).
    static let dateWindowBeforeHeadline = 300
    /// Text after the headline searched for its date, in bytes (standfirst and byline).
    static let dateWindowAfterHeadline = 1200
    /// Dates read from the headline window.
    static let maximumWindowDates = 8
    /// `time` and date-class elements read far from the headline (each kind), in document order.
    static let maximumDatesElsewhere = 12
    /// Scripts kept for the script-data date scan.
    static let maximumDataScripts = 64
    /// Bytes of script text the script-data date scan reads, all scripts together.
    static let maximumScriptDataBytes = 1_000_000
    /// Bytes of visible text the last-resort scan reads.
    static let maximumFallbackTextBytes = 60_000
    /// Dates the last-resort scan looks at.
    static let maximumFallbackDates = 40
    /// UTF-8 bytes before a date searched for "Updated" / "Published".
    static let dateRoleLookBehind = 40
    /// Words before a date searched for "Updated" / "Published".
    static let dateRoleWords = 3
    /// Longest date element text in bytes.
    static let maximumDateElementBytes = 200
    /// The longest text a date may share its text node with and still be the page's dateline
    /// ("Published November 2, 2022").
    static let maximumDatelineBytes = 40
    /// The largest byline container (the byline element or an ancestor up to
    /// ``bylineDateAncestors`` levels up) whose text is searched for the date beside the byline.
    static let maximumBylineContainerBytes = 240
    /// How many levels above a byline element its date may sit (the byline and the date are
    /// siblings, or cousins under the author box).
    static let bylineDateAncestors = 2

    // MARK: - Language

    /// Scalars of text sampled for script counts.
    static let languageSampleScalars = 12_000
    /// Fewer letters than this and no language is guessed.
    static let minimumLanguageLetters = 200
    /// Words sampled for function-word counts.
    static let languageSampleWords = 3_000
    /// Fewer function-word hits than this and no language is guessed.
    static let minimumFunctionWordHits = 20
    /// The best language needs this many times the second's hits.
    static let functionWordMargin = 1.5
    /// Japanese when more than 1/N of CJK letters are kana.
    static let kanaShareDivisor = 10
    /// Persian when more than 1/N of Arabic-script letters are Persian-only letters.
    static let persianShareDivisor = 50
    /// Bytes of visible text gathered for the guess: a few paragraphs decide.
    static let languageSampleBytes = 12_000
}
