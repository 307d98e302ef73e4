/// Tunable numbers of text mode's stages. Each says what it measures, its unit and where its
/// value comes from; "dev" means the text renderings of the WCXB dev and trafilatura eval sets
/// (`pith eval … --input text`).
enum TextModeHeuristics {
    // MARK: Input kind

    /// Bytes at the start of an input that ``InputKind/detect(_:)`` reads.
    static let sniffedBytes = 1024
    /// Known HTML tags in the sniffed bytes that make an input HTML without a doctype or `<html`
    /// (three, so that text mentioning a tag or two stays text).
    static let minimumSniffedTags = 3

    // MARK: Segmentation

    /// Lines read from one input; the rest is ignored (a bound, not a tuning: pages have far fewer).
    static let maximumLines = 100_000
    /// Blank lines counted around a line (layout says only "none", "one", "several").
    static let maximumCountedBlankLines = 3
    /// Hard-wrap detection: at least this many lines, the wrap column at this quantile of line
    /// lengths and within these bounds, at most this share of lines past it, at least this share
    /// within `wrapBand` columns of it (lynx and w3m dumps at 76–80 columns have 25–60 %).
    static let minimumWrappedLines = 20
    static let wrapWidthQuantile = 0.98
    static let minimumWrapWidth = 40
    static let maximumWrapWidth = 120
    static let maximumShareBeyondWrap = 0.02
    static let minimumShareNearWrap = 0.2
    /// A wrapped line ends within this many columns of the wrap column …
    static let wrapBand = 20
    /// … and the next line's first word would have taken it within this many columns of it.
    static let wrapSlack = 2
    /// Continuation lines of a wrapped list item are indented by up to this much more.
    static let listContinuationIndent = 4

    // MARK: Line signals

    /// Words and Unicode scalars of one line that the signals read (bounds on very long lines).
    static let maximumWordsRead = 5_000
    static let maximumScalarsRead = 20_000
    /// A credit line (`Foto: dpa/Jane Doe`) has at most this many words; longer lines that open
    /// with `Bild` or `Source` are prose.
    static let maximumCreditLineWords = 12
    /// A line of at most this many words is read for a date …
    static let maximumDateLineWords = 16
    /// … and is a date line when the date and its time are at least this share of its words.
    static let dateLineCoverage = 0.5
    /// Tokens of a line the date reader looks at.
    static let maximumDateLineTokens = 64
    /// Years a publication date can have.
    static let earliestYear = 1990
    static let latestYear = 2100
    /// Two-digit years below this are 20xx, others 19xx.
    static let twoDigitYearPivot = 70
    /// A furniture phrase (`Sign in`, `Read more`) has at most this many words.
    static let maximumInterfacePhraseWords = 4
    /// A line of time codes is at most this long (`1:02:33 / 1:45:00`).
    static let maximumTimeCodeLength = 24
    /// Digits in a line that, with a contact word, make it a telephone line.
    static let minimumPhoneDigits = 6

    // MARK: Line features

    /// A line of at least this many words anchors "distance to a long line" and the headline search.
    static let longLineWords = 25
    /// A line of at most this many words is a short line (menus, labels, buttons).
    static let shortLineWords = 3
    /// Line distances (to the headline, the date line, a long line) are capped at this many lines.
    static let maximumLineDistance = 50

    // MARK: Headline, date, standfirst, byline

    /// The headline is looked for this many lines before the first long line.
    static let headlineWindow = 25
    /// A headline has this many words.
    static let headlineWords = 2...30
    /// A date line belongs to the headline within this many lines of it.
    static let dateWindow = 6
    /// A byline is within this many lines of the headline and has at most this many words.
    static let bylineWindow = 5
    static let maximumBylineWords = 10
    /// A standfirst follows the headline within this many lines and has this many words.
    static let standfirstWindow = 3
    static let standfirstWords = 6...80
    /// A standfirst the classifier left out must read as prose: at least this share of stop words.
    static let minimumStandfirstStopWords = 0.15
    /// A name in a byline has at most this many words.
    static let maximumNameWords = 5

    // MARK: Classification

    /// How far `--favor precision` raises (and `--favor recall` lowers) the line model's threshold.
    static let favorThresholdShift = 0.15
    /// Stage-2 context windows: lines on each side.
    static let nearWindow = 3
    static let wideWindow = 10
    /// A repeated line is dropped from the body after its first occurrence when it has at least
    /// this many words (short repeated lines like "Yes" can be content twice).
    static let minimumDeduplicatedWords = 4
    /// The story ends (``StoryEnd``) at a comment, author or share heading only below this share
    /// of the body's words (above it such lines sit under the headline): 0.4 measured on the dev
    /// sets between 0.3 (recall lost on WCXB) and 0.7 (fewer leaks caught).
    static let minimumBodyShareBeforeEnd = 0.4
    /// A line that ends the story has at most this many words ("Leave a Reply", "Schreibe einen
    /// Kommentar Antworten abbrechen").
    static let maximumStoryEndWords = 12
    /// A related-posts heading ("More from …", "Lesen Sie auch", "Te puede interesar") ends the
    /// story only below this share of the body's words: such cues also introduce a link inside
    /// the story. Replayed on the line model's cross-validated probabilities with a first, wider
    /// list of headings: 0.7 gave trafilatura 0.859 → 0.862 with WCXB blocks unchanged, 0.6 and
    /// 0.5 lost 0.001 and 0.0025 of WCXB blocks for no more on trafilatura.
    static let minimumBodyShareBeforeRelatedHeading = 0.7
    /// A related-posts heading has at most this many words and no sentence end.
    static let maximumRelatedHeadingWords = 8
    /// A line of at most this many words that names a subscription, a newsletter or a consent
    /// notice ("Join our Newsletter", "Bitte klicke auf den Link in der Bestätigungsmail …") is
    /// left out of the body; longer lines can be prose about newsletters. On the cross-validated
    /// probabilities 25 gave trafilatura +0.002 with WCXB blocks unchanged; 50 caught fewer leaks
    /// and cost WCXB 0.0006.
    static let maximumNoticeWords = 25
    /// A line of tags or categories ("Tags: …") is at most this long; longer ones are prose.
    static let maximumTaxonomyWords = 25
    /// A line is icon labels run together (never content, never the headline) when its commonest
    /// four-letter sequence occurs at least this often per word ("iconbookmarkicon camera…")…
    static let labelRunRepetition = 0.3
    /// …and at least this many times: once per word is any short line's.
    static let minimumLabelRepeats = 2.0
    /// Lines of at most this many words need ``shortLineThresholdMargin`` more probability to be
    /// kept ("HOUSE RULES" as a subheading, but also a teaser's title).
    static let maximumShortLineWords = 3
    static let shortLineThresholdMargin = 0.2
}
