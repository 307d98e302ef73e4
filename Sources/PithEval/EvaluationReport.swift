/// Scores of predictions against a dataset: the figures `../shared/tools/score.py` prints.
public struct EvaluationReport: Sendable {
    public struct WCXB: Sendable {
        public var pages = 0
        public var f1 = 0.0
        public var precision = 0.0
        public var recall = 0.0
        /// Mean share of `with` snippets found, over pages that have some.
        public var withRate: Double?
        /// Mean share of `without` snippets found (boilerplate leaked), over pages that have some.
        public var withoutRate: Double?
        /// Mean F1 and page count per page type.
        public var byType: [String: (f1: Double, pages: Int)] = [:]
        /// Exact-match rates of title, author and date, over pages whose ground truth has the field.
        public var titleMatch: Double?
        public var authorMatch: Double?
        public var dateMatch: Double?
        /// Share of pages whose predicted page type is the dataset's (not a `score.py` figure).
        public var pageTypeMatch: Double?
        /// Per-page F1, by page id.
        public var pageF1: [String: Double] = [:]
    }

    public struct Snippets: Sendable {
        public var truePositives = 0
        public var falseNegatives = 0
        public var falsePositives = 0
        public var trueNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var accuracy: Double {
            ratio(truePositives + trueNegatives, truePositives + falseNegatives + falsePositives + trueNegatives)
        }
        public var f: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }

    public struct Dates: Sendable {
        public var pages = 0
        public var correct = 0
        public var wrong = 0
        public var missing = 0
        public var precision: Double { ratio(correct, correct + wrong) }
        /// Coverage: pages with a prediction.
        public var recall: Double { ratio(correct + wrong, pages) }
        public var accuracy: Double { ratio(correct, pages) }
    }

    public var wcxb: WCXB?
    public var snippets: Snippets?
    /// trafilatura ≥ 2.3's variant with whitespace normalised on both sides.
    public var snippetsWhitespaceNormalized: Snippets?
    public var dates: Dates?
}

private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
    denominator == 0 ? 0 : Double(numerator) / Double(denominator)
}
