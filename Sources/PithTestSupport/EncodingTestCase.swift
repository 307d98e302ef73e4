import Foundation

/// One html5lib encoding test (`encoding/*.dat`): a document's bytes and the encoding a browser
/// settles on for it, with windows-1252 as the default and no transport charset.
public struct EncodingTestCase: Sendable, CustomStringConvertible {
    /// `file.dat#index` (0-based), stable across runs: the key of the expected-failures list.
    public let id: String
    /// The `#data` section's bytes, without the newline that ends the section.
    public let data: [UInt8]
    /// The `#encoding` section: an encoding name or label, as the suite spells it.
    public let expectedEncoding: String

    public var description: String { id }

    /// The files the suite's prescan tests live in (`scripted/` needs a browser and is left out).
    public static let fileNames = ["test-yahoo-jp.dat", "tests1.dat", "tests2.dat"]

    /// Every case of every file in ``fileNames``, in file order.
    public static func loadAll() -> [EncodingTestCase] {
        let folder = SharedData.html5libTests.appendingPathComponent("encoding")
        return fileNames.flatMap { load(folder.appendingPathComponent($0)) }
    }

    static func load(_ file: URL) -> [EncodingTestCase] {
        guard let contents = try? Data(contentsOf: file) else { return [] }
        let bytes = [UInt8](contents)
        let dataHeading = Array("#data\n".utf8)
        let encodingHeading = Array("\n#encoding\n".utf8)
        var cases: [EncodingTestCase] = []
        var position = 0
        while let dataStart = find(dataHeading, in: bytes, from: position) {
            let bodyStart = dataStart + dataHeading.count
            guard let bodyEnd = find(encodingHeading, in: bytes, from: bodyStart) else { break }
            let nameStart = bodyEnd + encodingHeading.count
            let nameEnd = bytes[nameStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            cases.append(EncodingTestCase(
                id: "\(file.lastPathComponent)#\(cases.count)",
                data: Array(bytes[bodyStart..<bodyEnd]),
                expectedEncoding: String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            ))
            position = nameEnd
        }
        return cases
    }

    /// The first occurrence of `needle` in `haystack` at or after `start`, where `needle` starts a
    /// line (at the start of the file or after a newline) when it begins with `#`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle),
                needle[0] != UInt8(ascii: "#") || index == 0 || haystack[index - 1] == UInt8(ascii: "\n")
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
