import PithHTML
import Testing

extension EncodingTests {
    @Suite("UTF-8 decoding")
    struct UTF8DecoderTests {
        static func decode(_ bytes: [UInt8]) -> [UInt8] {
            bytes.withUnsafeBytes { HTMLInputDecoder.decode($0, as: .utf8) }
        }

        static let fffd: [UInt8] = [0xEF, 0xBF, 0xBD]

        @Test("ill-formed sequences: one U+FFFD per maximal subpart", arguments: [
            // (input, expected output); R stands for U+FFFD.
            ([0x80], "R"),
            ([0xBF, 0x41], "RA"),
            ([0xC0, 0x80], "RR"),  // C0 and C1 never start a sequence
            ([0xC1, 0xBF], "RR"),
            ([0xC2, 0x41], "RA"),  // the byte that ends a subpart is read again
            ([0xC2], "R"),
            ([0xE0, 0x80, 0x80], "RRR"),  // overlong: E0 needs A0–BF next
            ([0xE0, 0xA0], "R"),  // truncated at the end: one U+FFFD
            ([0xE0, 0xA0, 0x41], "RA"),
            ([0xED, 0xA0, 0x80], "RRR"),  // a surrogate
            ([0xED, 0x9F, 0xBF], "\u{D7FF}"),
            ([0xF0, 0x80, 0x80, 0x80], "RRRR"),  // overlong
            ([0xF0, 0x90, 0x80], "R"),
            ([0xF0, 0x90, 0x80, 0x41], "RA"),
            ([0xF4, 0x90, 0x80, 0x80], "RRRR"),  // above U+10FFFF
            ([0xF4, 0x8F, 0xBF, 0xBF], "\u{10FFFF}"),
            ([0xF5, 0x80], "RR"),
            ([0xFE, 0x80], "RR"),  // (FE FF would be a UTF-16BE byte order mark)
            ([0x61, 0xF1, 0x80, 0x80, 0xE1, 0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64], "aRRRbRcRRd"),
            ([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0x41], "\u{FEFF}A"),  // only the first BOM is removed
        ] as [([UInt8], String)])
        func illFormed(_ input: [UInt8], _ expected: String) {
            let expectedBytes = expected.unicodeScalars.flatMap { $0 == "R" ? Self.fffd : Array(String($0).utf8) }
            #expect(Self.decode(input) == expectedBytes)
        }

        @Test("matches the standard library's repair on random input")
        func matchesStandardLibrary() {
            // String(decoding:as:) also replaces maximal subparts (Unicode's recommended practice).
            var generator = SplitMix64(seed: 0x5EED)
            let pieces: [[UInt8]] = [
                [0x41], [0x80], [0xBF], [0xC1], [0xC2], [0xDF], [0xE0], [0xE0, 0x9F], [0xE0, 0xA0], [0xE1, 0x80],
                [0xED], [0xED, 0x9F], [0xED, 0xA0], [0xEF], [0xEF, 0xBF], [0xF0], [0xF0, 0x8F], [0xF0, 0x90],
                [0xF1, 0x80, 0x80], [0xF3], [0xF4], [0xF4, 0x8F], [0xF4, 0x90], [0xF5], [0xF8], [0xFF],
                Array("é€😀中\u{10FFFF}\u{D7FF}\u{E000}".utf8), Array("plain ASCII text, long enough for a block".utf8),
            ]
            for _ in 0..<5000 {
                var input: [UInt8] = []
                for _ in 0..<Int(generator.next() % 48) {
                    input += pieces[Int(generator.next() % UInt64(pieces.count))]
                }
                if input.starts(with: [0xEF, 0xBB, 0xBF]) { continue }
                #expect(Self.decode(input) == Array(String(decoding: input, as: UTF8.self).utf8), "\(input)")
            }
        }

        @Test("valid UTF-8 is copied unchanged, at every alignment")
        func validCopies() {
            let text = Array("ASCII run long enough for the 8-byte path, then é, 中文, 😀, and more ASCII at the end.".utf8)
            for offset in 0..<16 {
                let input = Array(repeating: UInt8(ascii: "x"), count: offset) + text
                #expect(Self.decode(input) == input)
            }
        }

        @Test("an ill-formed byte at every position of a long ASCII run is found")
        func everyPosition() {
            for position in 0..<40 {
                var input = [UInt8](repeating: UInt8(ascii: "a"), count: 40)
                input[position] = 0xFF
                var expected = input
                expected.replaceSubrange(position...position, with: Self.fffd)
                #expect(Self.decode(input) == expected)
            }
        }
    }
}

/// A small deterministic generator for reproducible random tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
