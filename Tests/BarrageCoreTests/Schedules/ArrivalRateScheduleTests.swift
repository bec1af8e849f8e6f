import Testing

@testable import BarrageCore

@Suite("arrival-rate schedule")
struct ArrivalRateScheduleTests {
    @Test("a constant rate starts iterations evenly from time zero")
    func constantRate() {
        let schedule = ArrivalRateSchedule(rate: 10, timeUnit: .seconds(1), duration: .seconds(10))
        #expect(schedule.totalIterations == 100)
        #expect(schedule.startTime(ofIteration: 0) == .zero)
        #expect(schedule.startTime(ofIteration: 1) == .milliseconds(100))
        #expect(schedule.startTime(ofIteration: 99) == .milliseconds(9900))
        #expect(schedule.startTime(ofIteration: 100) == nil)
    }

    @Test("timeUnit scales the rate")
    func timeUnit() {
        let schedule = ArrivalRateSchedule(rate: 60, timeUnit: .seconds(60), duration: .seconds(30))
        #expect(schedule.totalIterations == 30)
        #expect(schedule.startTime(ofIteration: 5) == .seconds(5))
    }

    @Test("over a linear ramp the starts follow the integral of the rate")
    func rampStarts() throws {
        // 0 → 10/s over 10 s: count(t) = t²/2, so iteration n starts at √(2n), 50 in all.
        let schedule = ArrivalRateSchedule(
            startRate: 0, stages: [Stage(duration: .seconds(10), target: 10)], timeUnit: .seconds(1)
        )
        #expect(schedule.totalIterations == 50)
        for n in [1, 2, 8, 18, 32, 49] {
            let start = try #require(schedule.startTime(ofIteration: n))
            #expect(abs(start.seconds - (2 * Double(n)).squareRoot()) < 1e-6)
        }
        // Spacing shrinks as the rate grows.
        let gaps = (1..<49).map { n in
            schedule.startTime(ofIteration: n + 1)!.seconds - schedule.startTime(ofIteration: n)!.seconds
        }
        #expect(zip(gaps, gaps.dropFirst()).allSatisfy { $0 > $1 })
        // In the first second half an iteration is due, so only iteration 0 starts there.
        #expect((0..<50).filter { schedule.startTime(ofIteration: $0)! < .seconds(1) }.count == 1)
        #expect((0..<50).filter { schedule.startTime(ofIteration: $0)! < .seconds(5) }.count == 13)
    }

    @Test("stages chain: a ramp, a hold, a ramp down")
    func chainedStages() throws {
        let schedule = ArrivalRateSchedule(
            startRate: 0,
            stages: [
                Stage(duration: .seconds(10), target: 10),
                Stage(duration: .seconds(10), target: 10),
                Stage(duration: .seconds(10), target: 0),
            ],
            timeUnit: .seconds(1)
        )
        #expect(schedule.totalIterations == 200)
        #expect(schedule.startTime(ofIteration: 50) == .seconds(10))
        #expect(schedule.startTime(ofIteration: 60) == .seconds(11))
        #expect(schedule.startTime(ofIteration: 150) == .seconds(20))
        // Ramping down 10 → 0 over 10 s: count(t) = 10t − t²/2; 45 due after 5 s... at t = 10 − √10.
        let start = try #require(schedule.startTime(ofIteration: 195))
        #expect(abs(start.seconds - (20 + 10 - 10.0.squareRoot())) < 1e-6)
        #expect(schedule.rate(at: .seconds(5)) == 5)
        #expect(schedule.rate(at: .seconds(25)) == 5)
        #expect(schedule.totalDuration == .seconds(30))
    }

    @Test("a leading zero-rate stage delays the first start")
    func zeroRateStage() {
        let schedule = ArrivalRateSchedule(
            startRate: 0,
            stages: [Stage(duration: .seconds(5), target: 0), Stage(duration: .seconds(5), target: 4)],
            timeUnit: .seconds(1)
        )
        #expect(schedule.totalIterations == 10)
        #expect(schedule.startTime(ofIteration: 0) == .seconds(5))
    }
}
