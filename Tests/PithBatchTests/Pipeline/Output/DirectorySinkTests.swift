import Foundation
import Testing
@testable import PithBatch

@Suite("DirectorySink (--output-dir)")
struct DirectorySinkTests {
    static func run(format: BatchOutputFormat, deduplication: BatchOptions.Deduplication = .off) throws
        -> (directory: TemporaryDirectory, output: String, summary: BatchSummary)
    {
        let directory = try TemporaryDirectory()
        var members = WARCBuilder.members([WARCBuilder.response(1), WARCBuilder.response(2), WARCBuilder.response(3), WARCBuilder.response(1)])
        members[1].removeLast(members[1].count / 2)
        let input = try directory.write("crawl.warc.gz", members.flatMap { $0 })
        let output = directory.path + "/out/nested"
        // Input order, so that record 1, not its copy 4, is the original.
        var options = BatchHarness.options(threads: 2, order: .input)
        options.deduplication = deduplication
        let summary = try BatchRunner(options: options).run(
            InputSource.discover([input]).sources, processor: ArticleProcessor(format: format),
            sink: DirectorySink(directory: output, format: format))
        return (directory, output, summary)
    }

    @Test("one file per document, one index line per record", arguments: BatchOutputFormat.allCases)
    func files(format: BatchOutputFormat) throws {
        let (directory, output, summary) = try Self.run(format: format)
        _ = directory
        let index = try BatchHarness.lines(at: output + "/index.jsonl").sorted { $0.number < $1.number }
        #expect(index.map(\.outcome).map { $0.hasPrefix("gzip.") ? "gzip" : $0 } == ["ok 01", "gzip", "ok 03", "ok 01"])
        let names = index.compactMap { $0.object["file"] as? String }
        let ext = format.fileExtension
        #expect(names == ["00000001.\(ext)", "00000003.\(ext)", "00000004.\(ext)"])
        let files = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
        #expect(files == names + ["index.jsonl"])
        let third = try String(contentsOfFile: output + "/00000003.\(ext)", encoding: .utf8)
        #expect(third.contains("Paragraph 1 of page 3"))
        if format == .json {
            let object = try JSONSerialization.jsonObject(with: Data(third.utf8)) as? [String: Any]
            #expect((object?["source"] as? [String: Any])?["record"] as? Int == 3)
        }
        #expect(summary.records == 4 && summary.failed == 1)
    }

    @Test("marked duplicates are marked in the index (and in JSON files)")
    func duplicates() throws {
        let (directory, output, _) = try Self.run(format: .json, deduplication: .mark)
        _ = directory
        let index = try BatchHarness.lines(at: output + "/index.jsonl")
        let marked = try #require(index.first { $0.number == 4 })
        #expect(marked.duplicate?["of"] as? Int == 1)
        let file = try String(contentsOfFile: output + "/00000004.json", encoding: .utf8)
        #expect(file.contains(#""duplicate":{"of":1,"kind":"exact","distance":0}"#))
    }

    @Test("an output directory that cannot be made is an open error")
    func unwritable() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("plain-file", [1])
        #expect(throws: BatchOutputError.self) { try DirectorySink(directory: file + "/sub", format: .text) }
    }
}
