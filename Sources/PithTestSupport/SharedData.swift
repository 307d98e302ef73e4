public import Foundation

/// Locations of the read-only reference data in `../shared` (next to the repository).
///
/// Tests read conformance suites and datasets in place; nothing is copied into the repository.
/// `PITH_SHARED` overrides the location (CI and other checkouts).
public enum SharedData {
    /// The `shared` folder.
    public static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["PITH_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        // Sources/PithTestSupport/SharedData.swift → repository root → ../shared
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return repository.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }()

    /// The html5lib conformance suite.
    public static var html5libTests: URL { root.appendingPathComponent("html5lib-tests", isDirectory: true) }

    /// A file's path under `shared`.
    public static func path(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The files directly in `folder` whose names end with `suffix`, sorted by name.
    public static func files(in folder: URL, suffix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
    }
}
