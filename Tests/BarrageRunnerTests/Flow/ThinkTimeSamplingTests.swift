import BarrageCore
import Testing

@testable import BarrageRunner

@Suite("think time distributions")
struct ThinkTimeSamplingTests {
    private func samples(_ time: ThinkTime, count: Int = 2000, seed: UInt64 = 1) -> [Double] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in time.sample(using: &random).seconds }
    }

    @Test("normal: the mean is near its mean and every draw stays within the bounds")
    func normal() {
        let drawn = samples(
            .normal(mean: .seconds(2), standardDeviation: .milliseconds(500), min: .seconds(1), max: .seconds(3)))
        let mean = drawn.reduce(0, +) / Double(drawn.count)
        #expect(abs(mean - 2) < 0.05)
        #expect(drawn.allSatisfy { (1...3).contains($0) })
    }

    @Test("normal: draws beyond the bounds are clamped to them, not redrawn")
    func normalClamps() {
        let drawn = samples(
            .normal(
                mean: .seconds(2), standardDeviation: .seconds(1), min: .milliseconds(1500), max: .milliseconds(2500)))
        #expect(drawn.contains(1.5) && drawn.contains(2.5))
    }

    @Test("exponential: the mean is near its mean below a far cap, and the cap bounds every draw")
    func exponential() {
        let uncapped = samples(.exponential(mean: .seconds(1), max: .seconds(100)))
        #expect(abs(uncapped.reduce(0, +) / Double(uncapped.count) - 1) < 0.08)
        #expect(samples(.exponential(mean: .seconds(1), max: .milliseconds(500))).allSatisfy { $0 <= 0.5 })
    }

    @Test("the same seed draws the same pauses")
    func reproducible() {
        let time = ThinkTime.uniform(min: .milliseconds(100), max: .seconds(2))
        #expect(samples(time, count: 20, seed: 9) == samples(time, count: 20, seed: 9))
        #expect(samples(time, count: 20, seed: 9) != samples(time, count: 20, seed: 10))
    }
}
