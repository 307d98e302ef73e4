import Testing

extension ExpectedFailures {
    /// html5lib encoding cases (`file.dat#index`) whose sniffed encoding differs, with the reason.
    /// Kept beside the encoding tests so merging them touches no shared file.
    static let encoding: [String: Comment] = [:]
}
