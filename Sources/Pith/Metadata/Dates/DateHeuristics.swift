/// Tunable numbers of date parsing and plausibility.
enum DateHeuristics {
    /// Years the parser accepts at all; plausibility (``earliestPlausibleYear``, no future) is
    /// checked later, per source. Beyond these, four digits are more likely a count or an id.
    static let parseableYears = 1900...2099

    /// The first year a page's date is believed without the page stating it in its own metadata:
    /// the web before 1995 barely had dated articles, and earlier years in text are history, not
    /// publication dates (the rule).
    static let earliestPlausibleYear = 1995

    /// Two-digit years (`24.12.22`) below this are 20xx, the others 19xx.
    static let twoDigitYearPivot = 70

    /// Digits a number token keeps; more saturate. 13 covers Unix time in milliseconds.
    static let maximumNumberDigits = 14

    /// The longest word whose trailing dot is taken as an abbreviation's (`sept.`, `févr.`).
    static let maximumAbbreviationLength = 5

    /// Tokens read from a `meta` value or `datetime` attribute: a date with time and zone is about
    /// 15; a value much longer than that is prose, whose first date is all we want anyway.
    static let maximumValueTokens = 64

    /// Tokens read from a URL path.
    static let maximumURLTokens = 128

    /// Connectors allowed between a date and its time (`, at`, `um`, `a las`).
    static let maximumTimeConnectors = 2

    /// The largest UTC offset in minutes (UTC+14:00, Line Islands).
    static let maximumUTCOffsetMinutes = 14 * 60

    /// Real UTC offsets are whole quarter hours (Nepal's +05:45 is the finest).
    static let utcOffsetGranularityMinutes = 15

    /// A UTC time-stamp before this hour whose URL says the day before is taken at the URL's day:
    /// it was evening in the Americas (htmldate eval: US news sites stamp UTC, show local).
    static let morningHourLimit = 12

    /// A UTC time-stamp from this hour on whose URL says the day after is taken at the URL's day:
    /// it was already the next day east of Greenwich.
    static let eveningHourLimit = 20

    /// Days from a corroborated publication date (one a strong `meta` states too) to a shown
    /// modification date from which the modification is a revision, not the publication day
    /// seen from another time zone: a revision does not replace the publication date.
    static let minimumRevisionGapDays = 2
    /// Days a dateline must precede the declared publication date to be taken as the story's
    /// first publication: closer, the two are one day seen from two time zones.
    static let restampMinimumDays = 1

    /// Slack in days for "not in the future": a page's date can run a day ahead of the reader's
    /// clock in zones east of it.
    static let futureToleranceDays = 1
}
