import Foundation

/// One run of an html5lib tokenizer test (`tokenizer/*.test`): a test in one initial state.
public struct TokenizerTestCase: Sendable, CustomStringConvertible {
    /// `file.test#index@state`, stable across runs: the key of the expected-failures list.
    public let id: String
    public let testDescription: String
    /// The input's code points as WTF-8 (lone surrogates of double-escaped tests kept as such).
    public let input: [UInt8]
    public let initialState: String
    public let lastStartTag: String?
    /// Expected tokens in the suite's JSON shape, characters coalesced.
    public let expectedTokens: [ExpectedToken]
    public let expectedErrors: [String]

    public var description: String { id }

    public enum ExpectedToken: Equatable, Sendable, CustomStringConvertible {
        case doctype(name: [UInt8]?, publicIdentifier: [UInt8]?, systemIdentifier: [UInt8]?, correctness: Bool)
        case startTag(name: [UInt8], attributes: [[UInt8]: [UInt8]], selfClosing: Bool)
        case endTag(name: [UInt8])
        case comment([UInt8])
        case characters([UInt8])

        public var description: String {
            func s(_ bytes: [UInt8]?) -> String { bytes.map { String(decoding: $0, as: UTF8.self) } ?? "nil" }
            switch self {
            case .doctype(let n, let p, let sys, let c): return "DOCTYPE(\(s(n)), \(s(p)), \(s(sys)), \(c))"
            case .startTag(let n, let a, let sc):
                let attributes = a.map { "\(s($0.key))=\(s($0.value))" }.sorted().joined(separator: " ")
                return "StartTag(\(s(n)) [\(attributes)]\(sc ? " /" : ""))"
            case .endTag(let n): return "EndTag(\(s(n)))"
            case .comment(let d): return "Comment(\(s(d)))"
            case .characters(let d): return "Characters(\(s(d)))"
            }
        }
    }

    /// Every case of every `.test` file in the suite's `tokenizer` folder.
    public static func loadAll() -> [TokenizerTestCase] {
        let folder = SharedData.html5libTests.appendingPathComponent("tokenizer")
        return SharedData.files(in: folder, suffix: ".test").flatMap(load)
    }

    static func load(_ file: URL) -> [TokenizerTestCase] {
        guard let data = try? Data(contentsOf: file),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        let tests = (root["tests"] ?? root["xmlViolationTests"]) as? [[String: Any]] ?? []
        // xmlViolation.test expects the XML-infoset coercions, which an HTML parser does not apply.
        guard root["xmlViolationTests"] == nil else { return [] }
        var cases: [TokenizerTestCase] = []
        for (index, test) in tests.enumerated() {
            let doubleEscaped = test["doubleEscaped"] as? Bool ?? false
            let decode: (String) -> [UInt8] = { doubleEscaped ? wtf8(unescaping: $0) : Array($0.utf8) }
            let input = decode(test["input"] as? String ?? "")
            let expected = coalesce((test["output"] as? [[Any]] ?? []).compactMap { token(from: $0, decode: decode) })
            let errors = (test["errors"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            for state in test["initialStates"] as? [String] ?? ["Data state"] {
                cases.append(TokenizerTestCase(
                    id: "\(file.lastPathComponent)#\(index)@\(state)",
                    testDescription: test["description"] as? String ?? "",
                    input: input,
                    initialState: state,
                    lastStartTag: test["lastStartTag"] as? String,
                    expectedTokens: expected,
                    expectedErrors: errors
                ))
            }
        }
        return cases
    }

    private static func token(from array: [Any], decode: (String) -> [UInt8]) -> ExpectedToken? {
        guard let kind = array.first as? String else { return nil }
        func string(_ index: Int) -> [UInt8]? {
            index < array.count ? (array[index] as? String).map(decode) : nil
        }
        switch kind {
        case "DOCTYPE":
            return .doctype(
                name: string(1),
                publicIdentifier: string(2),
                systemIdentifier: string(3),
                correctness: array.count > 4 ? (array[4] as? Bool ?? false) : false
            )
        case "StartTag":
            var attributes: [[UInt8]: [UInt8]] = [:]
            for (key, value) in array.count > 2 ? (array[2] as? [String: String] ?? [:]) : [:] {
                attributes[decode(key)] = decode(value)
            }
            let selfClosing = array.count > 3 ? (array[3] as? Bool ?? false) : false
            return .startTag(name: string(1) ?? [], attributes: attributes, selfClosing: selfClosing)
        case "EndTag":
            return .endTag(name: string(1) ?? [])
        case "Comment":
            return .comment(string(1) ?? [])
        case "Character":
            return .characters(string(1) ?? [])
        default:
            return nil
        }
    }

    /// Joins adjacent character tokens, as the suite's expectations do.
    public static func coalesce(_ tokens: [ExpectedToken]) -> [ExpectedToken] {
        var result: [ExpectedToken] = []
        for token in tokens {
            if case .characters(let more) = token, case .characters(let text)? = result.last {
                result[result.count - 1] = .characters(text + more)
            } else {
                result.append(token)
            }
        }
        return result
    }

    /// Decodes `\uXXXX` escapes (the suite's double escaping) into WTF-8, so that lone surrogates
    /// survive as the three-byte sequences a byte-level tokenizer passes through unchanged.
    static func wtf8(unescaping string: String) -> [UInt8] {
        var units = Array(string.utf16)
        var result: [UInt16] = []
        var index = 0
        while index < units.count {
            if units[index] == UInt16(UInt8(ascii: "\\")), index + 5 < units.count, units[index + 1] == UInt16(UInt8(ascii: "u")),
                let value = UInt16(String(decoding: units[(index + 2)..<(index + 6)], as: UTF16.self), radix: 16)
            {
                result.append(value)
                index += 6
            } else {
                result.append(units[index])
                index += 1
            }
        }
        units = result
        var bytes: [UInt8] = []
        index = 0
        while index < units.count {
            let unit = units[index]
            var scalar = UInt32(unit)
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                index += 1
            }
            index += 1
            switch scalar {
            case 0..<0x80:
                bytes.append(UInt8(scalar))
            case 0x80..<0x800:
                bytes += [UInt8(0xC0 | (scalar >> 6)), UInt8(0x80 | (scalar & 0x3F))]
            case 0x800..<0x10000:
                bytes += [UInt8(0xE0 | (scalar >> 12)), UInt8(0x80 | ((scalar >> 6) & 0x3F)), UInt8(0x80 | (scalar & 0x3F))]
            default:
                bytes += [
                    UInt8(0xF0 | (scalar >> 18)), UInt8(0x80 | ((scalar >> 12) & 0x3F)),
                    UInt8(0x80 | ((scalar >> 6) & 0x3F)), UInt8(0x80 | (scalar & 0x3F)),
                ]
            }
        }
        return bytes
    }
}
