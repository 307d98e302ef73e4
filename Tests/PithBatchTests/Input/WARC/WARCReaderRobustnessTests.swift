import Foundation
import Testing
@testable import PithBatch

/// Seeded random damage: whatever happens to one gzip member, every other record comes out.
@Suite("WARCReader robustness")
struct WARCReaderRobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures replay.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let recordCount = 20

    static let records: [[UInt8]] = (1...recordCount).map { WARCBuilder.response($0, padding: $0 % 4 * 10 + 1) }

    /// Damages one member in place: flips bytes, cuts its tail, or appends junk after it.
    static func damage(_ member: inout [UInt8], using generator: inout Generator) {
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                member[Int.random(in: 0..<member.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
            }
        case 1:
            member.removeLast(Int.random(in: 1..<member.count, using: &generator))
        case 2:
            member += (0..<Int.random(in: 1...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        default:
            let start = Int.random(in: 0..<member.count, using: &generator)
            member.removeSubrange(start..<min(member.count, start + Int.random(in: 1...50, using: &generator)))
        }
    }

    @Test("random damage to gzip members", arguments: 0..<60)
    func damagedMembers(seed: Int) throws {
        var generator = Generator(state: UInt64(seed))
        var members = WARCBuilder.members(Self.records, level: seed % 3 == 0 ? 0 : 6)
        var damaged: Set<Int> = []
        while damaged.count < 3 { damaged.insert(Int.random(in: 0..<Self.recordCount, using: &generator)) }
        for index in damaged { Self.damage(&members[index], using: &generator) }

        let reader = try Drain.warc(members.flatMap { $0 })
        let outcomes = Drain.outcomes(Drain.all(reader))
        let intact = (0..<Self.recordCount).filter { !damaged.contains($0) }.map { String(format: "ok %02d", $0 + 1) }
        let okOutcomes = outcomes.filter { $0.hasPrefix("ok ") }
        // Every intact record, in order; a damaged one may still read (a flip in the header's
        // time stamp changes nothing), but nothing else appears.
        #expect(okOutcomes.filter { intact.contains($0) } == intact)
        #expect(outcomes.count <= Self.recordCount + 2 * damaged.count)
        #expect(outcomes.count >= Self.recordCount - damaged.count + 1 || okOutcomes.count == Self.recordCount)
    }

    @Test("random damage to an uncompressed WARC ends, with every record accounted for or reported", arguments: 0..<30)
    func damagedPlain(seed: Int) throws {
        var generator = Generator(state: UInt64(1000 + seed))
        var bytes = Self.records.flatMap { $0 }
        for _ in 0..<3 {
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: bytes[position] ^= UInt8.random(in: 1...255, using: &generator)
            case 1: bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...200, using: &generator)))
            default: bytes.insert(contentsOf: WARCBuilder.junk, at: position)
            }
        }
        let outcomes = Drain.outcomes(Drain.all(try Drain.warc(bytes)))
        #expect(outcomes.count <= Self.recordCount + 6)
        #expect(outcomes.filter { $0.hasPrefix("ok ") }.count >= Self.recordCount - 6)
    }
}
