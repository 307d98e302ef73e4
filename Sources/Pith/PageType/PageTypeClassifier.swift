/// Tells which kind of page a page is (``PageType``) from its ``PageTypeFeatures``, with the
/// trained multiclass tree model in `Generated/PageTypeModel.swift` (`Scripts/model/train_page_type_model.py`).
enum PageTypeClassifier {
    /// The most likely page type; `.other` for a page with no text to judge.
    static func classify(_ features: PageTypeFeatures, hasText: Bool) -> PageType {
        guard hasText else { return .other }
        return features.row.withUnsafeBufferPointer { row in
            var best = PageType.other
            var bestScore = -Double.infinity
            for (type, ensemble) in zip(PageTypeModel.classes, PageTypeModel.ensembles) {
                let score = ensemble.logOdds(row)
                if score > bestScore { (best, bestScore) = (type, score) }
            }
            return best
        }
    }
}
