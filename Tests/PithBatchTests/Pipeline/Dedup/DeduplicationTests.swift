import Foundation
import Testing
@testable import PithBatch

/// Content fingerprints, the duplicate index, and `--dedup mark|drop` through the pipeline.
@Suite("Duplicate detection")
struct DeduplicationTests {
    /// A text of `count` words drawn from a small vocabulary by a fixed generator, so texts from
    /// different seeds share words but not word sequences.
    static func text(seed: UInt64, words count: Int = 200) -> String {
        let vocabulary = [
            "harbour", "ferry", "island", "council", "bridge", "river", "market", "school", "winter", "summer",
            "village", "station", "morning", "evening", "tickets", "quay", "kiosk", "minister", "budget",
            "report", "weather", "storm", "coast", "fishing", "boat", "road", "tunnel", "the", "of", "and",
        ]
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return vocabulary[Int(state % UInt64(vocabulary.count))]
        }.joined(separator: " ")
    }

    static func fingerprint(_ text: String) throws -> ContentFingerprint {
        try #require(ContentFingerprint(text: text))
    }

    // MARK: Fingerprints

    @Test("identical texts, identical fingerprints; empty text, none")
    func identical() throws {
        #expect(try Self.fingerprint(Self.text(seed: 1)) == Self.fingerprint(Self.text(seed: 1)))
        #expect(ContentFingerprint(text: "") == nil)
    }

    @Test("golden fingerprint: the value Scripts/calibrate-dedup.py --golden computes")
    func golden() throws {
        let text = "The harbour ferry now leaves at seven, an hour earlier than last summer. Tickets are sold on board."
        #expect(try Self.fingerprint(text) == ContentFingerprint(
            contentHash: 0x8556_FB5B_1410_35CC, simHash: 0x72A5_1B68_B2F2_2992, shingleCount: 16))
    }

    @Test("shingles: words minus two; a short text makes one")
    func shingleCount() throws {
        #expect(try Self.fingerprint("one two three four five").shingleCount == 3)
        #expect(try Self.fingerprint("one, two!").shingleCount == 1)
        #expect(try Self.fingerprint("...").shingleCount == 0)
    }

    @Test("words fold ASCII case and ignore punctuation and spacing; the content hash does not")
    func normalisation() throws {
        let plain = try Self.fingerprint("The ferry leaves at seven, from the quay.")
        let shouted = try Self.fingerprint("THE FERRY   leaves at SEVEN from the quay")
        #expect(plain.simHash == shouted.simHash)
        #expect(plain.contentHash != shouted.contentHash)
    }

    @Test("one word changed in 200 stays within the near distance", arguments: [0, 57, 123, 199])
    func oneWordChanged(position: Int) throws {
        var words = Self.text(seed: 2).split(separator: " ").map(String.init)
        words[position] = "lighthouse"
        let original = try Self.fingerprint(Self.text(seed: 2))
        let edited = try Self.fingerprint(words.joined(separator: " "))
        #expect(original.contentHash != edited.contentHash)
        #expect(ContentFingerprint.distance(original.simHash, edited.simHash) <= DeduplicationHeuristics.nearDuplicateDistance)
    }

    @Test("unrelated texts over the same vocabulary are far apart")
    func unrelated() throws {
        let fingerprints = try (1...12).map { try Self.fingerprint(Self.text(seed: UInt64($0) * 1000)) }
        for (index, left) in fingerprints.enumerated() {
            for right in fingerprints[(index + 1)...] {
                #expect(ContentFingerprint.distance(left.simHash, right.simHash) > 2 * DeduplicationHeuristics.nearDuplicateDistance)
            }
        }
    }

    // MARK: The index

    @Test("exact copies, near copies, and originals")
    func index() throws {
        var index = DuplicateIndex()
        var words = Self.text(seed: 3).split(separator: " ").map(String.init)
        #expect(index.check(try Self.fingerprint(words.joined(separator: " ")), number: 1) == nil)
        #expect(index.check(try Self.fingerprint(Self.text(seed: 4)), number: 2) == nil)
        #expect(index.check(try Self.fingerprint(words.joined(separator: " ")), number: 3)
            == DuplicateMatch(original: 1, kind: .exact, distance: 0))
        words[100] = "lighthouse"
        let near = try #require(index.check(try Self.fingerprint(words.joined(separator: " ")), number: 4))
        #expect(near.original == 1 && near.kind == .near)
        #expect(index.count == 2)
    }

    @Test("short texts match only exactly")
    func shortTexts() throws {
        var index = DuplicateIndex()
        #expect(index.check(try Self.fingerprint("Page not found"), number: 1) == nil)
        #expect(index.check(try Self.fingerprint("Page not found."), number: 2) == nil)
        #expect(index.check(try Self.fingerprint("Page not found"), number: 3)?.kind == .exact)
    }

    @Test("a full index forgets its oldest documents, and only those")
    func eviction() throws {
        var index = DuplicateIndex(capacity: 3)
        let texts = (1...5).map { Self.text(seed: UInt64($0) * 77) }
        for (offset, text) in texts.enumerated() {
            #expect(index.check(try Self.fingerprint(text), number: offset + 1) == nil)
        }
        #expect(index.count == 3)
        // 3, 4 and 5 are remembered, exactly and near (copies are not stored).
        for number in 3...5 {
            var words = texts[number - 1].split(separator: " ").map(String.init)
            #expect(index.check(try Self.fingerprint(words.joined(separator: " ")), number: 10 + number)?.original == number)
            words[10] = "lighthouse"
            #expect(index.check(try Self.fingerprint(words.joined(separator: " ")), number: 20 + number)?.original == number)
        }
        // 1 is forgotten: it comes back as an original, which pushes out 3, the oldest; 3 comes
        // back too and pushes out 4. 5 stays; 4 is gone.
        #expect(index.check(try Self.fingerprint(texts[0]), number: 6) == nil)
        #expect(index.check(try Self.fingerprint(texts[2]), number: 7) == nil)
        #expect(index.check(try Self.fingerprint(texts[4]), number: 8)?.original == 5)
        #expect(index.check(try Self.fingerprint(texts[3]), number: 9) == nil)
        #expect(index.count == 3)
    }

    @Test("every band layout finds what it must", arguments: [0, 1, 3, 6, 7, 15])
    func bandLayouts(distance: Int) throws {
        var index = DuplicateIndex(capacity: 100, maxDistance: distance, minimumShingles: 1)
        let base: UInt64 = 0xF0F0_1234_5678_9ABC
        #expect(index.check(ContentFingerprint(contentHash: 1, simHash: base, shingleCount: 50), number: 1) == nil)
        // Flip `distance` bits spread over the word: still a copy; one more bit: not.
        let spread = (0..<distance + 1).map { UInt64(1) << UInt64($0 * 64 / (distance + 1)) }
        let within = spread.dropLast().reduce(base) { $0 ^ $1 }
        let beyond = within ^ spread.last!
        #expect(index.check(ContentFingerprint(contentHash: 2, simHash: within, shingleCount: 50), number: 2)
            == DuplicateMatch(original: 1, kind: .near, distance: distance))
        #expect(index.check(ContentFingerprint(contentHash: 3, simHash: beyond, shingleCount: 50), number: 3) == nil)
    }

    // MARK: Through the pipeline

    /// JSONL of five pages: an original, its exact copy under another URL, a copy with one word
    /// changed, an unrelated page, and the original again.
    static func pages() throws -> [UInt8] {
        func page(_ text: String, title: String) -> String {
            let paragraphs = stride(from: 0, to: 200, by: 40).map { start in
                "<p>" + text.split(separator: " ")[start..<(start + 40)].joined(separator: " ") + ".</p>"
            }
            return "<html><head><title>\(title)</title></head><body><article><h1>\(title)</h1>"
                + paragraphs.joined() + "</article></body></html>"
        }
        var edited = Self.text(seed: 5).split(separator: " ").map(String.init)
        edited[77] = "lighthouse"
        let htmls = [
            page(Self.text(seed: 5), title: "Ferry news"), page(Self.text(seed: 5), title: "Ferry news"),
            page(edited.joined(separator: " "), title: "Ferry news"), page(Self.text(seed: 6), title: "Market news"),
            page(Self.text(seed: 5), title: "Ferry news"),
        ]
        let lines = try htmls.enumerated().map { number, html in
            String(decoding: try JSONSerialization.data(withJSONObject: ["url": "http://example.test/\(number)", "html": html]), as: UTF8.self)
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    @Test("--dedup mark: copies name their original", arguments: [1, 2])
    func mark(threads: Int) throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("pages.jsonl", try Self.pages())
        var options = BatchHarness.options(threads: threads)
        options.deduplication = .mark
        let run = try BatchHarness.run(paths: [path], options: options)
        #expect(run.lines.count == 5)
        let marks = run.lines.map { line in line.duplicate.map { "\($0["kind"]!) of \($0["of"]!)" } ?? "-" }
        #expect(marks == ["-", "exact of 1", "near of 1", "-", "exact of 1"])
        #expect(run.summary.exactDuplicates == 2)
        #expect(run.summary.nearDuplicates == 1)
        #expect(run.summary.dropped == 0)
    }

    @Test("--dedup drop: copies leave no line but are counted")
    func drop() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("pages.jsonl", try Self.pages())
        var options = BatchHarness.options(threads: 2)
        options.deduplication = .drop
        let run = try BatchHarness.run(paths: [path], options: options)
        #expect(run.lines.map(\.number) == [1, 4])
        #expect(run.summary.records == 5)
        #expect(run.summary.dropped == 3)
        #expect(run.summary.linesWritten == 2)
    }

    @Test("without --dedup, nothing is marked")
    func off() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("pages.jsonl", try Self.pages())
        let run = try BatchHarness.run(paths: [path], options: BatchHarness.options(threads: 2))
        #expect(run.lines.count == 5)
        #expect(run.lines.allSatisfy { $0.duplicate == nil })
        #expect(run.summary.exactDuplicates + run.summary.nearDuplicates == 0)
    }
}
