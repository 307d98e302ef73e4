/// Word lists that tell prose from interface text, in the languages of the web's largest shares.
///
/// Prose is dense in function words ("the", "und", "de", "и"); menus, buttons and banners are
/// dense in interface words ("share", "anmelden", "suivant"). Both lists are lowercase and sorted
/// within each language group.
enum TextVocabulary {
    /// The most frequent function words of English, German, French, Spanish, Italian, Portuguese,
    /// Dutch, Polish, Russian and Swedish.
    static let stopWords: [String] = [
        // English
        "a", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have", "he", "his", "in",
        "is", "it", "its", "not", "of", "on", "or", "she", "that", "the", "their", "they", "this", "to", "was",
        "were", "which", "will", "with", "would", "you",
        // German
        "auch", "auf", "aus", "bei", "das", "dass", "dem", "den", "der", "des", "die", "ein", "eine", "einem",
        "einen", "einer", "es", "für", "hat", "ich", "im", "ist", "mit", "nach", "nicht", "noch", "sich", "sie",
        "sind", "und", "von", "war", "werden", "wie", "wir", "wird", "zu", "zum", "zur",
        // French
        "au", "aux", "avec", "ce", "ces", "dans", "des", "du", "elle", "est", "et", "il", "la", "le", "les",
        "leur", "mais", "ne", "nous", "ont", "par", "pas", "plus", "pour", "qu", "que", "qui", "sa", "se",
        "ses", "son", "sont", "sur", "une", "vous",
        // Spanish
        "al", "como", "con", "del", "el", "en", "era", "es", "esta", "este", "fue", "las", "lo", "los", "más",
        "para", "pero", "por", "se", "sin", "su", "sus", "un", "una", "y",
        // Italian
        "anche", "che", "della", "delle", "di", "gli", "ha", "il", "nel", "nella", "non", "per", "sono", "tra",
        // Portuguese
        "da", "do", "dos", "em", "foi", "mas", "na", "no", "não", "os", "ou", "uma",
        // Dutch
        "dat", "een", "het", "ik", "is", "maar", "met", "niet", "om", "op", "te", "van", "voor", "zijn",
        // Polish
        "być", "jak", "jest", "już", "na", "nie", "od", "oraz", "się", "to", "w", "za", "że",
        // Russian
        "в", "во", "и", "к", "как", "на", "не", "но", "о", "по", "с", "что", "это",
        // Swedish
        "att", "är", "det", "en", "ett", "för", "har", "inte", "med", "och", "om", "på", "som", "till",
    ]

    /// Words of navigation, sharing, sign-up and consent interfaces, in the same languages.
    static let interfaceWords: [String] = [
        // English
        "accept", "account", "advertisement", "all", "back", "cart", "click", "comment", "comments", "contact",
        "cookie", "cookies", "copyright", "email", "facebook", "follow", "home", "instagram", "linkedin", "log",
        "login", "logout", "menu", "more", "newsletter", "next", "password", "pinterest", "policy", "prev",
        "previous", "privacy", "read", "register", "related", "reply", "reserved", "rights", "search", "share",
        "sign", "signup", "skip", "subscribe", "terms", "top", "tweet", "twitter", "whatsapp", "youtube",
        // German
        "abonnieren", "anmelden", "datenschutz", "impressum", "kommentare", "mehr", "startseite", "suche",
        "teilen", "weiter", "weiterlesen", "zurück",
        // French
        "accueil", "connexion", "partager", "rechercher", "suivant", "précédent", "commentaires",
        // Spanish / Portuguese / Italian
        "buscar", "compartir", "inicio", "siguiente", "anterior", "compartilhar", "entrar", "condividi",
        "cerca", "accedi",
        // Dutch / Polish / Russian
        "delen", "zoeken", "udostępnij", "szukaj", "zaloguj", "поделиться", "поиск", "войти", "главная",
    ]

    /// The labels a page sets above or below an advertisement slot ("Advertisement", "Anzeige",
    /// "Reklama"), lowercase: alone in a block, such a label is never the article's.
    static let advertisementLabels: Set<String> = [
        "ad", "ads", "advertisement", "advertising", "sponsored", "sponsored content", "paid content",
        "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità", "advertentie",
        "annons", "annonse", "annonce", "mainos", "reklama", "reklam", "reklamă", "reclamă", "reclame",
        "hirdetés", "oglas", "διαφήμιση", "реклама", "広告", "广告", "廣告", "광고",
    ]

    /// The words that open a picture credit or source line, before a colon, "by", "©" or "/",
    /// lowercase ("Foto: dpa", "Photograph by …", "Crédits photos : …", "Źródło: PAP"). Text
    /// mode's line signals read the one-word labels as a line's first word.
    static let creditLabels: Set<String> = [
        "credit", "credits", "illustration", "image", "image credit", "images", "photo", "photo credit",
        "photograph", "photography", "photos", "picture", "pictures", "source", "bild", "bilder", "bildquelle",
        "beitragsbild", "foto", "fotos", "fotografie", "grafik", "quelle", "titelbild", "crédit", "crédit photo",
        "crédits", "crédits photo", "crédits photos", "crédito", "fotografía", "fuente", "imagen", "fonte", "imagem",
        "immagine", "afbeelding", "bron", "fotó", "zdjęcie", "źródło", "фото", "источник", "kuva", "lähde", "källa",
        "图片",
    ]

    /// The cues that introduce links to other articles ("Read also", "Lesen Sie auch", "À lire
    /// aussi"), lowercase, in the languages of ``stopWords`` and a few more.
    static let readAlsoCues: [String] = [
        // English
        "also read", "latest articles", "more on this", "more on this topic", "most popular", "most read", "read also", "read more", "read next", "recommended",
        "recommended for you", "related", "related articles", "related content", "related links", "related posts",
        "related reading", "related stories", "see also", "you may also like", "you might also like",
        // German
        "auch interessant", "das könnte dich auch interessieren", "das könnte sie auch interessieren",
        "das thema könnte dich auch interessieren", "ebenfalls interessant", "lesen sie auch", "lesen sie hier",
        "lies auch", "meistgelesen", "mehr dazu", "neueste artikel", "schon gelesen", "mehr zum thema", "passend dazu", "weitere artikel", "weitere beiträge",
        "weiterlesen", "zum weiterlesen", "ähnliche artikel", "ähnliche beiträge",
        // French
        "a lire aussi", "à lire aussi", "à lire également", "articles liés", "articles similaires", "lire aussi",
        "lire également", "sur le même sujet", "voir aussi", "vous aimerez aussi",
        // Spanish / Portuguese / Italian
        "artículos relacionados", "le puede interesar", "lea además", "lea aquí", "lea más", "lea también",
        "lee además", "lee aquí", "lee más", "lee también", "leer también", "noticias relacionadas",
        "notas relacionadas", "puedes ver", "también le puede interesar", "también te puede interesar",
        "te puede interesar", "vea también", "ver también", "artigos relacionados", "leia mais", "leia também", "veja também",
        "articoli correlati", "leggi anche", "potrebbe interessarti", "vedi anche",
        // Dutch / Scandinavian / Finnish
        "gerelateerde artikelen", "lees meer", "lees ook", "zie ook", "läs också", "läs även", "læs også",
        "les også", "lue myös",
        // Polish / Russian
        "czytaj również", "czytaj także", "czytaj też", "czytaj więcej", "dowiedz się więcej", "polecamy",
        "przeczytaj również", "przeczytaj także", "przeczytaj też", "zobacz również", "zobacz także", "zobacz też", "по теме", "похожие статьи", "смотрите также",
        "читайте также",
    ]

    /// What a word is on the lists above.
    struct WordKind: OptionSet, Sendable {
        let rawValue: UInt8
        static let stopWord = WordKind(rawValue: 1 << 0)
        static let interfaceWord = WordKind(rawValue: 1 << 1)
    }

    /// Both lists in one table, so each token is looked up once.
    static let kinds = WordTable(
        Dictionary(stopWords.map { ($0, WordKind.stopWord) } + interfaceWords.map { ($0, WordKind.interfaceWord) }, uniquingKeysWith: { $0.union($1) })
    )

    /// Counts of the tokens of a text (`TextWords.forEachToken`).
    struct TokenCounts {
        var tokens = 0
        /// Tokens that are also words of the title.
        var titleWords = 0
        var stopWords = 0
        var interfaceWords = 0
    }

    /// Counts `text`'s tokens, its tokens found in `title`, and its function and interface words.
    static func tokenCounts(of text: String, title: WordTable<Bool>) -> TokenCounts {
        let kinds = Self.kinds
        var counts = TokenCounts()
        TextWords.forEachToken(in: text) { token in
            counts.tokens += 1
            if title.contains(token) { counts.titleWords += 1 }
            if let kind = kinds[token] {
                if kind.contains(.stopWord) { counts.stopWords += 1 }
                if kind.contains(.interfaceWord) { counts.interfaceWords += 1 }
            }
        }
        return counts
    }
}
