/// Word lists text mode's line signals count: stop words per language, the vocabulary of page
/// furniture in many languages, byline and copyright cues. Lowercase, sorted, grouped by purpose.
enum TextModeVocabulary {
    /// The commonest function words of the languages the dev sets and the web mostly hold. Prose
    /// is full of them; menus, labels and teasers are not (jusText's stop-word density, after
    /// Pomikálek, in spirit: our own short lists).
    static let stopWords: [(language: String, words: Set<String>)] = [
        ("de", [
            "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der",
            "des", "die", "doch", "durch", "ein", "eine", "einem", "einen", "einer", "er", "es", "für", "hat",
            "ich", "ihr", "im", "in", "ist", "mit", "nach", "nicht", "noch", "nur", "oder", "sich", "sie", "sind",
            "so", "um", "und", "vom", "von", "vor", "war", "wie", "wir", "wird", "zu", "zum", "zur",
        ]),
        ("en", [
            "a", "about", "after", "all", "also", "an", "and", "are", "as", "at", "be", "been", "but", "by",
            "can", "could", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "more", "not", "of", "on", "one", "or", "our", "she", "so", "than",
            "that", "the", "their", "them", "there", "they", "this", "to", "was", "we", "were", "what", "when",
            "which", "who", "will", "with", "would", "you", "your",
        ]),
        ("es", [
            "a", "al", "como", "con", "de", "del", "el", "en", "es", "esta", "este", "ha", "la", "las", "le",
            "lo", "los", "más", "no", "para", "pero", "por", "que", "se", "sin", "son", "su", "sus", "un", "una",
            "y",
        ]),
        ("fr", [
            "à", "au", "aux", "avec", "ce", "ces", "dans", "de", "des", "du", "elle", "en", "est", "et", "il",
            "ils", "la", "le", "les", "leur", "mais", "ne", "on", "ont", "ou", "par", "pas", "plus", "pour",
            "qu", "que", "qui", "sa", "se", "son", "sont", "sur", "un", "une",
        ]),
        ("it", [
            "a", "al", "alla", "che", "con", "da", "del", "della", "di", "e", "è", "gli", "il", "in", "la", "le",
            "lo", "ma", "nel", "non", "per", "più", "si", "sono", "su", "un", "una",
        ]),
        ("nl", [
            "aan", "als", "bij", "dat", "de", "die", "dit", "een", "en", "er", "het", "hij", "in", "is", "met",
            "niet", "of", "om", "op", "te", "van", "voor", "was", "wordt", "zijn",
        ]),
        ("pl", [
            "a", "do", "i", "jak", "jest", "na", "nie", "o", "od", "po", "przez", "się", "tak", "to", "w", "z",
            "za", "że",
        ]),
        ("pt", [
            "a", "as", "com", "da", "das", "de", "do", "dos", "e", "é", "em", "mais", "na", "no", "não", "o",
            "os", "para", "por", "que", "se", "um", "uma",
        ]),
        ("ru", [
            "в", "во", "и", "к", "как", "на", "не", "но", "о", "от", "по", "с", "что", "это", "я",
        ]),
    ]

    /// Words of page furniture: navigation, sharing, accounts, consent, promotion, players.
    /// A line made of them is almost never article text.
    static let interfaceWords: Set<String> = [
        // navigation
        "home", "homepage", "menu", "navigation", "next", "previous", "prev", "search", "sitemap", "skip",
        "startseite", "accueil", "inicio", "главная", "首页",
        // sharing and social networks
        "facebook", "instagram", "linkedin", "pinterest", "reddit", "share", "shares", "telegram", "tiktok",
        "tweet", "twitter", "whatsapp", "youtube", "teilen", "partager", "compartir", "condividi",
        "compartilhar", "partilhar", "udostępnij", "поделиться", "分享",
        // accounts and subscriptions
        "account", "login", "logout", "newsletter", "register", "signin", "signup", "subscribe",
        "subscription", "anmelden", "abonnieren", "registrieren", "connexion", "abonner", "suscríbete",
        "accedi", "iscriviti", "zaloguj", "войти", "подписаться", "登录", "注册",
        // consent and legal
        "cookie", "cookies", "copyright", "datenschutz", "impressum", "privacy", "terms",
        // promotion and recommendations
        "ad", "ads", "advertisement", "advertising", "anzeige", "werbung", "publicité", "publicidad",
        "related", "sponsored", "trending",
        // reading and players
        "comments", "download", "podcast", "podcasts", "print", "reply", "kommentare", "commentaires",
        "comentarios", "commenti", "komentarze", "комментарии", "评论",
        // comment forms
        "comment", "kommentar", "kommentieren", "commenter", "commentaire", "comentario", "comentar",
        "commento", "komentarz", "antworten", "répondre", "responder", "rispondi",
    ]

    /// Words that go with furniture words in short commands (`Sign in`, `Read more`, `Back to
    /// top`, `Mehr lesen`, `Lire la suite`): they do not make a furniture line prose.
    static let interfaceFillers: Set<String> = [
        "all", "back", "in", "la", "lesen", "lire", "leer", "leggi", "mehr", "more", "más", "of", "on",
        "out", "read", "see", "sign", "suite", "the", "to", "top", "up", "us", "view", "with",
    ]

    /// Words that label contact details.
    static let contactWords: Set<String> = [
        "call", "contact", "email", "fax", "kontakt", "mail", "phone", "tel", "telefon", "telephone",
        "teléfono", "téléphone",
    ]

    /// Words that open a byline ("By Jane Doe", "Von Max Muster", "Par Jean Dupont").
    static let bylineOpeners: Set<String> = [
        "autor", "autorin", "author", "auteur", "by", "di", "door", "par", "por", "von", "written",
    ]

    /// Words that join names in a byline.
    static let nameConjunctions: Set<String> = ["&", "and", "e", "et", "i", "og", "und", "y"]

    /// Words that address the reader directly (second person, informal and formal where the form
    /// is unambiguous: German `du` is left out, as it is French `du`, "of the").
    static let readerAddressWords: Set<String> = [
        "you", "your", "yours", "yourself", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner",
        "euch", "vous", "votre", "vos", "tu", "toi", "ton", "tes", "usted", "ustedes", "tus", "tuo", "tua",
        "vostro", "jouw", "uw", "ty", "twój", "twoja", "ciebie", "вы", "ваш", "ты", "你", "您",
    ]

    /// Words that name a comment section, alone ("Comments") or counted ("12 Kommentare").
    static let commentWords: Set<String> = [
        "comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires", "comentario",
        "comentarios", "commento", "commenti", "komentarz", "komentarze", "komentarzy",
    ]

    /// Words that name a comment section only when counted and followed by one of
    /// ``replyPrepositions`` ("3 Responses to “…”", "1 Antwort zu „…“"): a forum shows "1 Reply"
    /// under each post.
    static let replyWords: Set<String> = [
        "antwort", "antworten", "replies", "reply", "response", "responses", "respuestas", "réaction",
        "réactions", "réponse", "réponses",
    ]

    /// Words that follow a counted reply word when it heads a comment section.
    static let replyPrepositions: Set<String> = ["a", "à", "auf", "on", "para", "sur", "to", "zu"]

    /// Openings of what follows a story (``StoryEnd``): comment forms, author boxes, related
    /// posts; as `LineText.normalized` words, matched as whole words at the line's start. Only
    /// related-post headings that never open a paragraph of the story: "Read more" and "Lesen Sie
    /// auch" can.
    static let storyEndPhrases: [String] = [
        // comment forms
        "add a comment", "join the discussion", "leave a comment", "leave a reply", "post a comment",
        "write a comment", "hinterlasse einen kommentar", "kommentar abgeben", "kommentar hinterlassen",
        "kommentar schreiben", "kommentar verfassen", "schreibe einen kommentar", "schreiben sie einen kommentar",
        "laisser un commentaire", "laissez un commentaire", "deja tu comentario", "deja un comentario",
        "lascia un commento", "dodaj komentarz",
        // author boxes
        "about the author", "über den autor", "über die autorin", "zum autor", "zur autorin",
        "à propos de l auteur", "sobre el autor", "sobre o autor", "o autorze",
        // related posts
        "related articles", "related posts", "related stories", "you may also like", "you might also like",
        "das könnte dich auch interessieren", "das könnte sie auch interessieren", "mehr zum thema",
        "weitere artikel", "ähnliche artikel", "ähnliche beiträge",
    ]

    /// Headings of related posts that end a story only far down the body
    /// (``TextModeHeuristics/minimumBodyShareBeforeRelatedHeading``): as `LineText.normalized`
    /// words, matched as whole words at the start of a short line without a sentence end
    /// ("More from the newsroom", "Lesen Sie auch:", "Te puede interesar"). Inside the story the
    /// same cues introduce a single link, so above that share they are left to the classifier;
    /// words that also open subheadings ("Popular varieties", "Noch mehr Arbeit", "Read more"
    /// under a paragraph) are not on the list.
    static let relatedHeadings: [String] = [
        // English
        "also read", "explore further", "latest news", "latest stories", "more articles", "more from", "more like this",
        "more news", "more on this", "more stories", "most popular", "most read", "most shared", "most viewed",
        "popular articles", "popular posts",
        "read also", "read next", "recommended for you", "related topics", "see also", "trending now",
        // German
        "auch interessant", "beliebte artikel", "beliebte beiträge", "das könnte", "die meistgelesenen", "diese artikel",
        "empfohlene artikel", "lesen sie auch", "lies auch", "mehr artikel", "mehr aus", "mehr beiträge", "mehr news",
        "mehr nachrichten", "mehr von", "mehr zu diesem thema", "mehr zum thema", "meistgelesen", "meistgelesene artikel",
        "passend zum thema", "passende artikel", "verwandte artikel", "viel gelesen", "weitere artikel", "weitere beiträge",
        "weitere meldungen", "weitere nachrichten", "weitere news", "zum thema", "ähnliche",
        // French
        "articles les plus lus", "articles similaires", "les plus lus", "les plus populaires", "lire aussi",
        "sur le même sujet", "vous aimerez", "à lire aussi", "à voir aussi",
        // Spanish, Portuguese, Italian
        "artículos relacionados", "las más leídas", "las más vistas", "lea también", "lee también", "le puede interesar",
        "lo más leído", "lo más visto", "más leídas", "más noticias", "más vistas", "noticias relacionadas",
        "te puede interesar", "temas relacionados", "vea también", "mais lidas", "veja também", "articoli correlati",
        "i più letti", "leggi anche",
        // Polish
        "czytaj również", "czytaj także", "czytaj też", "najczęściej czytane", "polecane", "przeczytaj również",
        "zobacz również", "zobacz także", "zobacz też",
    ]

    /// Words of subscription, newsletter and consent notices ("Join our Newsletter", "This site is
    /// protected by reCAPTCHA", "Erhalte Updates … abonniere jetzt"): a short line holding one is
    /// a form's text, not the story's (``TextModeHeuristics/maximumNoticeWords``). Words that
    /// stories use as often ("cookies" in a recipe, "subscription" prices, "consent" in law) are
    /// not on the list.
    static let noticeWords: Set<String> = [
        // subscriptions and newsletters
        "newsletter", "newsletters", "subscribe", "unsubscribe", "abonniere", "abonnieren", "abonner", "abonnez",
        "iscriviti", "newsletterem", "subskrybuj", "suscribirse", "suscríbete",
        // consent forms
        "datenschutzbestimmungen", "datenschutzerklärung", "recaptcha",
    ]

    /// What a comment form or widget says around its fields, as `LineText.normalized` words ("Your
    /// email address will not be published", "Du musst angemeldet sein, um einen Kommentar
    /// abzugeben", "Save my name, email, and website in this browser", "View the discussion
    /// thread"): a short line holding one is the form's text
    /// (``TextModeHeuristics/maximumNoticeWords``). The "not published" phrases count only in a
    /// line that names the e-mail address (``emailWords``): a story says them of other things.
    static let commentFormPhrases: [String] = [
        "logged in to post a comment", "save my name email and website", "notify me of new comments",
        "notify me of follow up comments", "view the discussion thread", "enable javascript to view the comments",
        "angemeldet sein um einen kommentar", "meinen namen e mail und website",
        "connecté pour publier un commentaire", "enregistrer mon nom mon e mail et mon site",
        "guardar mi nombre correo electrónico y web", "salva il mio nome email e sito web",
    ]
    /// What a paywall says to a reader it stops ("Kostenlos registrieren und weiterlesen", "Already a
    /// subscriber?", "Pour lire la suite"), as `LineText.normalized` words: a short line holding one
    /// is a notice, as the comment form's are.
    static let paywallPhrases: [String] = [
        "already a subscriber", "continue reading this article", "subscribe to continue reading",
        "registrieren und weiterlesen", "bereits abonnent",
        "pour lire la suite", "déjà abonné", "para seguir leyendo", "ya eres suscriptor", "per continuare a leggere",
    ]

    /// "Not published", as a comment form says it of the e-mail address.
    static let notPublishedPhrases: [String] = [
        "will not be published", "nicht veröffentlicht", "ne sera pas publiée", "ne sera pas publié",
        "no será publicada", "no será publicado", "não será publicado", "non sarà pubblicato",
        "nie zostanie opublikowany",
    ]

    /// Words that name an e-mail address (`LineText.normalized` splits "E-Mail" into "e mail").
    static let emailWords: Set<String> = ["email", "mail", "adresse", "address", "correo", "endereço", "indirizzo"]

    /// Labels of a post's taxonomy ("Tags: …", "Kategorien"), lowercased: alone or before a colon,
    /// the line they open lists where the page files the story, not its text (``TextBodyAssembler``).
    static let taxonomyLabels: [String] = [
        "categories", "category", "keywords", "tagged", "tags", "kategorie", "kategorien", "schlagworte",
        "schlagwörter", "stichworte", "stichwörter", "themen", "catégorie", "catégories", "mots-clés", "mots clés",
        "étiquettes", "categoría", "categorías", "etiquetas", "temas", "categorie", "argomenti", "tagi", "tematy",
        "рубрики", "теги", "метки",
    ]

    /// Openings of a taxonomy line that need no colon ("Filed under Local News").
    static let taxonomyOpeners: [String] = ["filed under", "tagged with", "getaggt mit", "abgelegt unter"]

    /// Share bar headings that end a story only as a whole line ("Share this", not "Share this
    /// timeline with your team").
    static let shareHeadings: Set<String> = [
        "share this", "share this article", "share this post", "share this story", "artikel teilen",
        "diesen artikel teilen", "diesen beitrag teilen", "teilen mit", "partager cet article",
        "compartir este artículo",
    ]

    /// Words and marks of copyright lines.
    static let copyrightWords: Set<String> = ["copyright", "reserved", "rights", "©"]
}
