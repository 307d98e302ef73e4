/// Tunable numbers of the extraction stages. Each says what it measures, its unit and where its
/// value comes from; "dev" means the WCXB dev and trafilatura eval sets (`pith eval`).
enum ExtractionHeuristics {
    // MARK: Container scoring (after Readability's paragraph → ancestor propagation)

    /// Blocks shorter than this (in words) add nothing to their ancestors' scores.
    static let minimumScoringWords = 5
    /// Words per point of a block's length bonus, and the bonus's cap (Readability: 100 chars, 3).
    static let wordsPerLengthPoint = 20.0
    static let maximumLengthPoints = 3.0
    /// How many ancestor levels receive a block's score; level n gets score / divisor(n).
    static let scoredAncestorLevels = 5

    // MARK: Element traits

    /// An element holding more than this share of the page's text is not boilerplate, whatever its
    /// class says (wrappers named after the layout: `has-sidebar`, `with-nav`).
    static let maximumBoilerplateTextShare = 0.5

    // MARK: Block features

    /// A block of at least this many words anchors the "distance to a long block" feature.
    static let longBlockWords = 40
    /// A block of at most this many words counts as a short line (menus, labels, buttons).
    static let shortLineWords = 3

    // MARK: Classification

    /// A kept block whose text repeats an earlier kept block's, when at least this long (UTF-8
    /// bytes), is a copy: the mobile and desktop versions of one section, a pull quote. Shorter
    /// repeats are labels and list entries that may recur.
    static let minimumRepeatedBlockBytes = 30
    /// A picture credit ("Foto: dpa / Bernd Weißbrod") is a line; a longer block that starts like
    /// one is a caption or a paragraph (characters other than spaces).
    static let maximumCreditLineCharacters = 120
    /// A caption that ends with its picture's credit is at most this long (characters other than
    /// spaces), and the credited name at most ``maximumCreditNameCharacters`` (all characters).
    static let maximumCaptionCharacters = 300
    static let maximumCreditNameCharacters = 60
    /// A "read also" teaser is a cue and a headline; longer blocks are prose (characters other
    /// than spaces).
    static let maximumReadAlsoTeaserCharacters = 200
    /// A teaser whose cue runs into its headline without a separator counts when at least this
    /// share of its words are links.
    static let minimumTeaserLinkDensity = 0.5
    /// An all-link block at the body's start or end of at most this many words is a breadcrumb,
    /// a category tag or a brand link, not a paragraph.
    static let maximumEdgeLinkWords = 3

    /// How far `--favor precision` raises (and `--favor recall` lowers) the content-probability
    /// threshold the model was tuned with.
    static let favorThresholdShift = 0.15
}
