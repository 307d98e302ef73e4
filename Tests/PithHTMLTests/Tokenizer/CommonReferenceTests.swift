@testable import PithHTML
import Testing

/// The fast path for frequent character references agrees with the full table.
@Suite("common character references")
struct CommonReferenceTests {
    @Test("each common name decodes as the table says", arguments: CommonReference.names)
    func agreesWithTable(name: String) throws {
        // The name, then bytes that a longer match could not use.
        let bytes = Array(name.utf8) + Array("xyz".utf8)
        let word = bytes.withUnsafeBufferPointer { ByteScan.prefixWord($0, from: 0, count: $0.count) }
        let fast = try #require(CommonReference.match(word))
        let full = try #require(bytes.withUnsafeBufferPointer { NamedCharacterReferences.longestMatch($0) })
        #expect(fast.length == full.length)
        #expect(fast.scalar == full.first)
        #expect(full.second == nil && full.endsWithSemicolon)
    }

    @Test("other names and prefixes are left to the table")
    func rejectsOthers() {
        for spelling in ["amp", "ampx;", "l;", "lt", "quo;", "nbs;", "AMP;", "copy;"] {
            let bytes = Array(spelling.utf8)
            let word = bytes.withUnsafeBufferPointer { ByteScan.prefixWord($0, from: 0, count: $0.count) }
            #expect(CommonReference.match(word) == nil, "\(spelling)")
        }
    }
}
