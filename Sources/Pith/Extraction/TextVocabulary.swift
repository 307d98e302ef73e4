/// Word lists that tell prose from interface text, in the languages of the web's largest shares.
///
/// Prose is dense in function words ("the", "und", "de", "и"); menus, buttons and banners are
/// dense in interface words ("share", "anmelden", "suivant"). Both lists are lowercase and sorted
/// within each language group.
enum TextVocabulary {
    /// The most frequent function words of English, German, French, Spanish, Italian, Portuguese,
    /// Dutch, Polish, Russian and Swedish.
    static let stopWords: Set<String> = [
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
    static let interfaceWords: Set<String> = [
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

    /// The shares of `text`'s words that are function words and interface words.
    static func shares(of text: String) -> (stopWords: Double, interfaceWords: Double) {
        let words = TextWords.tokens(text)
        guard !words.isEmpty else { return (0, 0) }
        var stop = 0
        var interface = 0
        for word in words {
            let key = String(word)
            if stopWords.contains(key) { stop += 1 }
            if interfaceWords.contains(key) { interface += 1 }
        }
        return (Double(stop) / Double(words.count), Double(interface) / Double(words.count))
    }
}
