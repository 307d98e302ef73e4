import Foundation
import PithHTML
import PithTestSupport
import Testing

@Suite("CharacterEncoding labels")
struct CharacterEncodingTests {
    /// Every (label, canonical name) pair of `../shared/spec/whatwg-encodings.json`, read in place.
    static let labels: [Label] = {
        guard let data = try? Data(contentsOf: SharedData.path("spec/whatwg-encodings.json")),
            let groups = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
        else { return [] }
        return groups.flatMap { group in
            (group["encodings"] as? [[String: Any]] ?? []).flatMap { encoding in
                (encoding["labels"] as? [String] ?? []).map { Label(label: $0, name: encoding["name"] as? String ?? "") }
            }
        }
    }()

    struct Label: Sendable, CustomStringConvertible {
        var label: String
        var name: String
        var description: String { label }
    }

    @Test("the spec table is present")
    func tableIsPresent() {
        #expect(Self.labels.count == 228)
    }

    @Test("every label resolves to its encoding", arguments: labels)
    func labelResolves(_ entry: Label) {
        #expect(CharacterEncoding(label: entry.label)?.name == entry.name)
        #expect(CharacterEncoding(label: " \t\(entry.label.uppercased())\n\u{0C}\r")?.name == entry.name)
    }

    @Test("unknown and malformed labels fail")
    func unknownLabels() {
        for label in ["", " ", "utf-7", "utf-32", "ebcdic", "utf_8", "utf-8x", "xutf-8", "utf\u{0B}8", "\u{A0}utf-8", "ütf-8", "utf-8\0"] {
            #expect(CharacterEncoding(label: label) == nil, "\(label.debugDescription)")
        }
    }

    @Test("constants carry the spec's names")
    func constants() {
        #expect(CharacterEncoding.utf8.name == "UTF-8")
        #expect(CharacterEncoding.windows1252.name == "windows-1252")
        #expect(CharacterEncoding.shiftJIS.name == "Shift_JIS")
        #expect(CharacterEncoding.gbk.name == "GBK")
        #expect(CharacterEncoding.gb18030.name == "gb18030")
        #expect(CharacterEncoding.eucKR.name == "EUC-KR")
        #expect(CharacterEncoding.iso8859_8I.name == "ISO-8859-8-I")
        #expect(CharacterEncoding.xMacCyrillic.name == "x-mac-cyrillic")
        #expect(CharacterEncoding(label: "latin1") == .windows1252)
        #expect(CharacterEncoding(label: "ascii") == .windows1252)
        #expect(CharacterEncoding(label: "iso-2022-kr") == .replacement)
        #expect(CharacterEncoding(label: "utf-16") == .utf16LE)
        #expect("\(CharacterEncoding.big5)" == "Big5")
    }
}
