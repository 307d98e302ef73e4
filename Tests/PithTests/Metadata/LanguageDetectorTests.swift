import Pith
import Testing

@Suite("LanguageDetector")
struct LanguageDetectorTests {
    @Test("normalises markup tags", arguments: [
        ("en_US", "en-US"), ("DE", "de"), ("de-at", "de-AT"), ("zh-hans-cn", "zh-Hans-CN"), ("es-419", "es-419"),
    ])
    func tags(_ value: String, _ expected: String) {
        #expect(LanguageDetector.normalizedTag(value) == expected)
    }

    @Test("rejects values that are not tags", arguments: ["x-default", "*", "", "English language", "e"])
    func notTags(_ value: String) {
        #expect(LanguageDetector.normalizedTag(value) == nil)
    }

    @Test("guesses from function words and scripts", arguments: [
        ("The cat sat on the mat and it was happy with the view that the window gave to it. ", "en"),
        ("Der Hund ist nicht mit dem Ball auf die Straße gelaufen, und das ist auch gut so. ", "de"),
        ("Le chat est sur la table et les enfants sont dans le jardin pour une heure. ", "fr"),
        ("El perro está en la casa y los niños juegan con una pelota por la tarde. ", "es"),
        ("Кошка сидит на окне и смотрит, как он идёт по улице, что это было. ", "ru"),
        ("The cat’s bowl — it was on the mat and the view that the window gave to it… was “fine”. ", "en"),
        ("Der Hund ist nicht mit dem Ball auf die Stra\u{73}\u{301}e gelaufen, und das ist auch gut so. ", "de"),
        ("今日はとても良い天気ですね。公園に行きましょう。", "ja"),
        ("今天天气很好，我们去公园散步吧。这是一个美好的日子。", "zh"),
    ])
    func detect(_ sentence: String, _ expected: String) {
        #expect(LanguageDetector.detect(String(repeating: sentence, count: 20)) == expected)
    }

    @Test("does not guess from too little text")
    func tooLittle() {
        #expect(LanguageDetector.detect("Hello world") == nil)
    }
}
