@testable import Pith
import Testing

@Suite("LineSignals")
struct LineSignalsTests {
    @Test("counts sentence ends, commas, digits and uppercase as HTML mode's TextShape does", arguments: [
        "Wait... what? Yes, 3 of them; all (42) «done»!",
        "٣ أخبار، اليوم؟ نعم.",
        "三月十二日，东京。天气晴！",
        "  Spaced   out, 1,000 words. ",
    ])
    func sharesTextShape(line: String) {
        let signals = LineSignals(line)
        let shape = TextShape(line)
        #expect(signals.sentenceEnds == shape.sentenceEnds)
        #expect(signals.commas == shape.commas)
        #expect(signals.uppercaseRatio == Double(shape.uppercase) / Double(max(shape.letters, 1)))
        let nonSpace = line.unicodeScalars.filter { !ScalarClass.isWhitespace($0) }.count
        #expect(signals.digitRatio == Double(shape.digits) / Double(nonSpace))
    }

    @Test("icon labels run together are a label run; a short line whose letters never recur is not", arguments: [
        ("iconbookmarkicon cameraicon checkicon", true),
        ("HOUSE RULES", false),
        ("Conclusion", false),
        ("Storm hits coast", false),
    ])
    func labelRuns(line: String, expected: Bool) {
        #expect(LineSignals(line).isLabelRun == expected)
    }

    @Test("starts uppercase by the first letter or digit, past bullets and quotation marks", arguments: [
        ("“Quoted” words open the line", true),
        ("• Home", true),
        ("« lire la suite", false),
    ])
    func startsUppercase(line: String, expected: Bool) {
        #expect(LineSignals(line).startsUppercase == expected)
    }

    @Test("marks short picture-credit and source lines, not prose that opens with the same word", arguments: [
        ("Foto: dpa/Jane Doe", true),
        ("Image credit: Getty Images", true),
        ("Quelle: Statistisches Bundesamt", true),
        ("Bild und Ton fielen am Abend in der ganzen Stadt aus, wie die Stadtwerke am Montag mitteilten.", false),
        ("The photo shows the minister", false),
    ])
    func creditLines(line: String, expected: Bool) {
        #expect(LineSignals(line).isCreditLine == expected)
    }

    @Test("measures how much a line speaks to the reader", arguments: [
        ("Your email address will not be published.", 1.0 / 7.0),
        ("Gib deine Adresse ein", 1.0 / 4.0),
        ("The ministry published the figures on Monday.", 0.0),
    ])
    func readerAddress(line: String, expected: Double) {
        #expect(abs(LineSignals(line).readerAddressRatio - expected) < 1e-9)
    }

    @Test("sees a question to the reader at the end of a line, closing quotes aside", arguments: [
        ("Wie bewerten Sie diesen Artikel?", true),
        ("„Was nun?“", true),
        ("He asked what came next.", false),
    ])
    func questions(line: String, expected: Bool) {
        #expect(LineSignals(line).endsWithQuestion == expected)
    }

    @Test("counts comment-form words as page furniture")
    func commentFormVocabulary() {
        #expect(LineSignals("Kommentar schreiben").interfaceWordRatio > 0)
        #expect(LineSignals("Leave a comment").interfaceWordRatio > 0)
    }
}
