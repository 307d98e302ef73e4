/// How a page repeats its lines, by their normalised text (``LineText/normalized(_:)``): menus,
/// share bars and the headline recur, a story's paragraphs do not. Counted once per page for the
/// outline, the features and the story's end.
struct LineRepetition: Sendable {
    /// For each line, how many lines of the page have its text (at least 1).
    let occurrences: [Int]
    /// For each line, the index of the first line with its text.
    let firstOccurrence: [Int]

    init(normalized: [String]) {
        var first: [String: Int] = [:]
        var counts = [Int](repeating: 0, count: normalized.count)
        firstOccurrence = normalized.indices.map { index in
            let firstIndex = first[normalized[index], default: index]
            first[normalized[index]] = firstIndex
            counts[firstIndex] += 1
            return firstIndex
        }
        occurrences = firstOccurrence.map { counts[$0] }
    }

    /// Whether no other line has the text of line `index`.
    func isUnique(_ index: Int) -> Bool { occurrences[index] == 1 }

    /// Whether line `index` repeats the text of an earlier line.
    func isLaterOccurrence(_ index: Int) -> Bool { firstOccurrence[index] != index }
}
