/// Month names as pages write them in dates, by language: full names (in the nominative and, where
/// the language declines them in dates, the genitive or partitive form), then abbreviations.
///
/// Each array lists a language's months in calendar order, so a name's index + 1 is its month.
/// Names are lowercase; the tokenizer lowercases words and drops an abbreviation's trailing dot.
/// Languages follow the dataset mix of htmldate's and trafilatura's evaluations (German, English,
/// French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, …), where these forms appear.
enum MonthNames {
    // MARK: Full names

    static let czechGenitive = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
    static let czechNominative = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"]
    static let danishNorwegian = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
    static let dutch = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    static let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let finnishPartitive = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
    static let french = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
    static let german = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"]
    static let greekGenitive = ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"]
    static let hungarian = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]
    static let italian = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
    static let norwegian = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
    static let polishGenitive = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
    static let polishNominative = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"]
    static let portuguese = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
    static let romanian = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]
    static let russianGenitive = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
    static let russianNominative = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
    static let spanish = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
    static let swedish = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
    static let turkish = ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"]
    static let ukrainianGenitive = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"]

    // MARK: Abbreviations

    static let dutchAbbreviated = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    static let englishAbbreviated = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let frenchAbbreviated = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
    static let germanAbbreviated = ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"]
    static let italianAbbreviated = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
    static let portugueseAbbreviated = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
    static let russianAbbreviated = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
    static let spanishAbbreviated = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    /// Variants outside the per-language lists: `sept`, `jän`/`jänner` (Austrian), `setiembre`
    /// (Latin American), `févr`'s unaccented spelling, `sep`'s four-letter form.
    static let variants: [(name: String, month: Int)] = [
        ("fevr", 2), ("fevrier", 2), ("jän", 1), ("jänner", 1), ("sept", 9), ("setiembre", 9),
    ]

    /// Every language's lists, checked in this order: where two languages spell different months
    /// alike, the earlier wins (none of the lists above do).
    private static let allLists: [[String]] = [
        english, englishAbbreviated, german, germanAbbreviated, french, frenchAbbreviated, spanish, spanishAbbreviated,
        italian, italianAbbreviated, portuguese, portugueseAbbreviated, dutch, dutchAbbreviated, danishNorwegian,
        norwegian, swedish, polishGenitive, polishNominative, czechGenitive, czechNominative, russianGenitive,
        russianNominative, russianAbbreviated, ukrainianGenitive, finnishPartitive, hungarian, romanian, turkish,
        greekGenitive,
    ]

    /// Lowercased name → month (1–12).
    static let index: [String: Int] = {
        var index: [String: Int] = [:]
        for list in allLists {
            precondition(list.count == 12, "a month list has twelve names")
            for (offset, name) in list.enumerated() where index[name] == nil { index[name] = offset + 1 }
        }
        for variant in variants where index[variant.name] == nil { index[variant.name] = variant.month }
        return index
    }()

    /// The month a lowercased word names, if any.
    static func month(named word: Substring) -> Int? { index[String(word)] }
}
