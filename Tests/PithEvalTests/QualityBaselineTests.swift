import Foundation
import PithEval
import Testing

@Suite struct QualityBaselineTests {
    let baseline = QualityBaseline(floors: ["wcxb": ["f1": 0.85, "title": 0.6]], ceilings: ["wcxb": ["without": 0.08]])

    @Test func figuresWithinBoundsPass() {
        #expect(baseline.violations(of: ["f1": 0.86, "title": 0.6, "without": 0.05], for: "wcxb").isEmpty)
    }

    @Test func aFigureUnderItsFloorOrOverItsCeilingIsReported() {
        let violations = baseline.violations(of: ["f1": 0.849, "title": 0.7, "without": 0.081], for: "wcxb")
        #expect(violations.map(\.figure) == ["f1", "without"])
        #expect(violations.map(\.isCeiling) == [false, true])
    }

    @Test func aMissingFigureBreaksItsBound() {
        #expect(baseline.violations(of: ["f1": 0.9, "without": 0.0], for: "wcxb").map(\.figure) == ["title"])
    }

    @Test func anEvaluationWithoutBoundsHasNothingToBreak() {
        #expect(baseline.violations(of: [:], for: "traf").isEmpty)
    }

    @Test func pinningMovesBoundsByTheMarginAndKeepsOtherEvaluations() throws {
        let pinned = baseline.pinned(["f": 0.93456, "without": 0.1], for: "traf", margin: 0.002)
        #expect(pinned.floors["traf"] == ["f": 0.9326])
        #expect(pinned.ceilings["traf"] == ["without": 0.102])
        #expect(pinned.floors["wcxb"] == baseline.floors["wcxb"])
        let reread = try JSONDecoder().decode(QualityBaseline.self, from: pinned.jsonData())
        #expect(reread == pinned)
    }
}
