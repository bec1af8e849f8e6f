import Foundation
import Testing

@testable import Storefront

/// The simulator's fault slices and knob validation.
struct SimulatorKnobsTests {
    private let knobs = SimulatorKnobs(latencyMilliseconds: 0, failureRate: 0.2, timeoutRate: 0.1, rateLimitRate: 0.3)

    @Test func eachRateIsItsOwnSliceOfTheRoll() {
        #expect(knobs.fault(roll: 0.05) == .hang)
        #expect(knobs.fault(roll: 0.15) == .rateLimited)
        #expect(knobs.fault(roll: 0.45) == .serverError)
        #expect(knobs.fault(roll: 0.65) == nil)
    }

    @Test func aHealthyPartnerNeverFails() {
        #expect(stride(from: 0.0, to: 1.0, by: 0.01).allSatisfy { SimulatorKnobs().fault(roll: $0) == nil })
    }

    @Test func ratesSummingPastOneAreRefused() {
        #expect(!SimulatorKnobs(failureRate: 0.6, timeoutRate: 0.6).problems.isEmpty)
        #expect(knobs.problems.isEmpty)
    }

    @Test func aControlUpdateChangesOnlyTheFieldsItNames() throws {
        let update = try JSONDecoder().decode(SimulatorKnobsUpdate.self, from: Data(#"{"failure_rate":1}"#.utf8))
        let changed = update.applied(to: knobs)
        #expect(changed.failureRate == 1)
        #expect(changed.timeoutRate == knobs.timeoutRate)
        #expect(changed.latencyMilliseconds == knobs.latencyMilliseconds)
    }

    @Test func commandLineDurationsBecomeMilliseconds() {
        #expect(SimulatorKnobs.milliseconds(from: "20ms") == 20)
        #expect(SimulatorKnobs.milliseconds(from: "1.5s") == 1500)
        #expect(SimulatorKnobs.milliseconds(from: "soon") == nil)
    }
}
