extension EvaluationReport {
    /// The report's headline figures by name, as the quality baseline pins them.
    ///
    /// Every figure is a rate in 0...1. `without` (boilerplate leaked) is the only one where lower is better.
    public var figures: [String: Double] {
        var figures: [String: Double] = [:]
        if let wcxb {
            figures["f1"] = wcxb.f1
            figures["precision"] = wcxb.precision
            figures["recall"] = wcxb.recall
            figures["with"] = wcxb.withRate
            figures["without"] = wcxb.withoutRate
            figures["title"] = wcxb.titleMatch
            figures["author"] = wcxb.authorMatch
            figures["date"] = wcxb.dateMatch
            figures["pageType"] = wcxb.pageTypeMatch
            for (type, score) in wcxb.byType { figures["f1.\(type)"] = score.f1 }
        }
        if let snippets {
            figures["f"] = snippets.f
            figures["precision"] = snippets.precision
            figures["recall"] = snippets.recall
        }
        if let dates {
            figures["accuracy"] = dates.accuracy
            figures["precision"] = dates.precision
        }
        return figures
    }
}
