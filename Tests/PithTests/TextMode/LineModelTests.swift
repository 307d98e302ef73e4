@testable import Pith
import Testing

@Suite("LineModel")
struct LineModelTests {
    @Test("was trained on the features the extractor computes, in order")
    func columns() {
        #expect(LineModel.columns == LineFeatures.names)
        #expect(LineModel.contextColumns == LineContextFeatures.names)
    }

    @Test("every tree node points inside the ensemble and at a real feature")
    func structure() {
        let width = LineFeatures.count + LineContextFeatures.count
        for (ensemble, columns) in [(LineModel.stage1, LineFeatures.count), (LineModel.stage2, width)] {
            #expect(!ensemble.roots.isEmpty)
            for node in ensemble.features.indices where ensemble.features[node] >= 0 {
                #expect(Int(ensemble.features[node]) < columns)
                #expect(ensemble.leftChildren[node] > 0 && Int(ensemble.leftChildren[node]) < ensemble.features.count)
                #expect(ensemble.rightChildren[node] > 0 && Int(ensemble.rightChildren[node]) < ensemble.features.count)
            }
        }
    }
}
