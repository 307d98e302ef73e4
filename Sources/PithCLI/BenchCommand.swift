import ArgumentParser
import Foundation
import PithHTML

/// `pith bench`: release-mode speed and memory measurements.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure speed and memory (build with -c release).",
        subcommands: [BenchParseCommand.self, BenchExtractCommand.self]
    )
}

/// `pith bench parse DIR`: HTML parser throughput over a folder of pages.
struct BenchParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse every page of a folder single-threaded; report MB/s, pages/s, peak RSS.",
        discussion: """
            Pages are loaded into memory first, so only parsing is timed. With --adversarial, also
            times pathological inputs (deep nesting, unclosed formatting tags, huge text and
            attributes, NUL bytes, invalid UTF-8) at 1× and 10× size: linear parsing keeps the
            ratio near 10.
            """
    )

    @Argument(help: "A folder of .html pages (searched recursively).")
    var folder: String

    @Option(help: "Parse the whole set this many times and report the best run.")
    var runs: Int = 3

    @Option(help: "Use at most this many pages.")
    var limit: Int?

    @Flag(help: "Also time pathological inputs at 1× and 10× size.")
    var adversarial = false

    func run() throws {
        let (paths, pages) = try BenchInputs.loadPages(in: folder, limit: limit)
        let totalBytes = pages.reduce(0) { $0 + $1.count }
        let rssBefore = peakResidentSetBytes()
        var best = Duration.seconds(1_000_000)
        var worstRatio = 0.0
        var totalNodes = 0
        var totalFootprint = 0
        var worstPage = ""
        for _ in 0..<max(1, runs) {
            let clock = ContinuousClock()
            var nodes = 0
            var worst = 0.0
            var worstIndex = 0
            var footprint = 0
            let elapsed = clock.measure {
                for (index, page) in pages.enumerated() {
                    let document = HTMLParser.parse(utf8: page)
                    nodes += document.nodeCount
                    footprint += document.memoryFootprint
                    // Tiny pages are dominated by fixed overhead; the bound is about real pages.
                    if page.count >= BenchInputs.minimumPageBytesForMemoryRatio {
                        let ratio = Double(document.memoryFootprint) / Double(page.count)
                        if ratio > worst { (worst, worstIndex) = (ratio, index) }
                    }
                }
            }
            best = min(best, elapsed)
            worstRatio = worst
            worstPage = paths[worstIndex]
            totalNodes = nodes
            totalFootprint = footprint
        }
        let seconds = best.secondsDouble
        print("pages:        \(pages.count) (\(String(format: "%.1f", Double(totalBytes) / 1e6)) MB, \(totalNodes) nodes)")
        print("time:         \(String(format: "%.3f", seconds)) s (best of \(max(1, runs)))")
        print("throughput:   \(String(format: "%.1f", Double(totalBytes) / 1e6 / seconds)) MB/s, \(String(format: "%.0f", Double(pages.count) / seconds)) pages/s")
        print("peak RSS:     \(peakResidentSetBytes() / 1_000_000) MB (\(rssBefore / 1_000_000) MB of it holds the loaded pages)")
        print("document/input bytes: \(String(format: "%.2f", Double(totalFootprint) / Double(totalBytes)))× overall, \(String(format: "%.2f", worstRatio))× worst page of ≥ \(BenchInputs.minimumPageBytesForMemoryRatio / 1000) KB (\(worstPage))")
        if adversarial { runAdversarial() }
    }

    private func runAdversarial() {
        print("\npathological inputs (time at 1× and 10× size):")
        for input in AdversarialInput.allCases {
            let small = input.bytes(scale: 1)
            let large = input.bytes(scale: 10)
            let smallTime = bestTime { _ = HTMLParser.parse(utf8: small) }
            let largeTime = bestTime { _ = HTMLParser.parse(utf8: large) }
            let ratio = largeTime / max(smallTime, 1e-9)
            print(
                "  \(input.rawValue.padding(toLength: 28, withPad: " ", startingAt: 0))"
                    + " 1×: \(String(format: "%8.1f", smallTime * 1000)) ms (\(small.count / 1_000_000) MB)"
                    + "  10×: \(String(format: "%8.1f", largeTime * 1000)) ms  ratio \(String(format: "%.1f", ratio))"
            )
        }
    }

    private func bestTime(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        return (0..<3).map { _ in clock.measure(body).secondsDouble }.min() ?? 0
    }
}

/// Inputs built to trip parsers that recurse, rescan or grow without bound.
enum AdversarialInput: String, CaseIterable {
    case nestedDivs = "100k nested <div>"
    case unclosedBold = "10k unclosed <b>"
    case unclosedAnchors = "10k unclosed <a>"
    case hugeText = "5 MB text node"
    case hugeAttribute = "1 MB attribute"
    case nulBytes = "1 MB of NUL bytes"
    case invalidUTF8 = "1 MB invalid UTF-8"
    case nestedTables = "10k nested <table><tr><td>"

    func bytes(scale: Int) -> [UInt8] {
        func repeated(_ piece: String, _ count: Int) -> [UInt8] {
            Array(String(repeating: piece, count: count * scale).utf8)
        }
        switch self {
        case .nestedDivs: return repeated("<div>", 100_000)
        case .unclosedBold: return repeated("<b>x", 10_000)
        case .unclosedAnchors: return repeated("<a href=x>y", 10_000)
        case .hugeText: return Array("<p>".utf8) + repeated("lorem ipsum ", 5_000_000 / 12)
        case .hugeAttribute: return Array("<div title=\"".utf8) + repeated("a", 1_000_000) + Array("\">x".utf8)
        case .nulBytes: return [UInt8](repeating: 0, count: 1_000_000 * scale)
        case .invalidUTF8: return (0..<(1_000_000 * scale)).map { UInt8(truncatingIfNeeded: 0x80 &+ $0 % 64) }
        case .nestedTables: return repeated("<table><tr><td>", 10_000)
        }
    }
}

/// Loading benchmark inputs.
enum BenchInputs {
    /// Pages below this size are left out of the worst-case memory ratio.
    static let minimumPageBytesForMemoryRatio = 10_000

    /// Every `.html`, `.htm` and `.html.gz` file under `folder`, sorted by path (read gunzipped).
    static func loadPages(in folder: String, limit: Int?) throws -> (paths: [String], pages: [[UInt8]]) {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CLIError("cannot list \(folder)")
        }
        var paths: [String] = []
        for case let url as URL in enumerator
        where ["html", "htm"].contains(url.pathExtension) || url.lastPathComponent.hasSuffix(".html.gz") {
            paths.append(url.path)
        }
        paths.sort()
        if let limit { paths = Array(paths.prefix(limit)) }
        guard !paths.isEmpty else { throw CLIError("no .html pages in \(folder)") }
        return (paths, try paths.map(InputFile.read))
    }
}

/// The process's peak resident set size in bytes.
func peakResidentSetBytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF_VALUE, &usage)
    #if os(Linux)
    return Int(usage.ru_maxrss) * 1024
    #else
    return Int(usage.ru_maxrss)
    #endif
}

extension Duration {
    var secondsDouble: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

#if os(Linux)
private let RUSAGE_SELF_VALUE = Int32(RUSAGE_SELF.rawValue)
#else
private let RUSAGE_SELF_VALUE = RUSAGE_SELF
#endif
