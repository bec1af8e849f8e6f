import Testing

@testable import BarrageRunner

@Suite("choosing a weighted flow")
struct WeightedChoiceTests {
    @Test("the unit interval is split in proportion to the weights")
    func proportions() {
        let choice = WeightedChoice(weights: [8, 2])
        #expect(choice.pick(0) == 0)
        #expect(choice.pick(0.79) == 0)
        #expect(choice.pick(0.8) == 1)
        #expect(choice.pick(0.999) == 1)
    }

    @Test("a single flow is always chosen")
    func single() {
        #expect(WeightedChoice(weights: [1]).pick(0.5) == 0)
    }
}
