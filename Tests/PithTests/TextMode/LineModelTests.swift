@testable import Pith
import Testing

@Suite("LineModel")
struct LineModelTests {
    @Test("was trained on the features the extractor computes, in order")
    func columns() {
        #expect(LineModel.columns == LineFeatures.names)
        #expect(LineModel.contextColumns == LineContextFeatures.names)
    }

    @Test("each stage reads only the columns it is given, and scores a row")
    func structure() {
        let width = LineFeatures.count + LineContextFeatures.count
        for (ensemble, columns) in [(LineModel.stage1, LineFeatures.count), (LineModel.stage2, width)] {
            #expect(ensemble.inputWidth > 0 && ensemble.inputWidth <= columns)
            let row = [Float](repeating: 0, count: columns)
            #expect(row.withUnsafeBufferPointer { ensemble.logOdds($0) }.isFinite)
        }
    }
}
