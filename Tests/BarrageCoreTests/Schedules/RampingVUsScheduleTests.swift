import Testing

@testable import BarrageCore

@Suite("ramping-vus schedule")
struct RampingVUsScheduleTests {
    let templateRamp = RampingVUsSchedule(
        startVUs: 0,
        stages: [
            Stage(duration: .seconds(120), target: 100),
            Stage(duration: .seconds(300), target: 100),
            Stage(duration: .seconds(120), target: 0),
        ]
    )

    @Test("the count follows the line between targets")
    func followsTheLine() {
        #expect(templateRamp.target(at: .zero) == 0)
        #expect(templateRamp.target(at: .seconds(60)) == 50)
        #expect(templateRamp.target(at: .seconds(119)) == 99)
        #expect(templateRamp.target(at: .seconds(120)) == 100)
        #expect(templateRamp.target(at: .seconds(300)) == 100)
        #expect(templateRamp.target(at: .seconds(480)) == 50)
        #expect(templateRamp.target(at: .seconds(540)) == 0)
        #expect(templateRamp.target(at: .seconds(9999)) == 0)
        #expect(templateRamp.totalDuration == .seconds(540))
        #expect(templateRamp.maxVUs == 100)
    }

    @Test("a VU starts when the line reaches it and stops when it falls below")
    func rounding() {
        let schedule = RampingVUsSchedule(
            startVUs: 0,
            stages: [Stage(duration: .seconds(10), target: 10), Stage(duration: .seconds(10), target: 0)]
        )
        #expect(schedule.target(at: .milliseconds(999)) == 0)
        #expect(schedule.target(at: .seconds(1)) == 1)
        #expect(schedule.target(at: .milliseconds(5500)) == 5)
        // Ramping down: at 10.5 s the line is at 9.5, so the 10th VU is still running.
        #expect(schedule.target(at: .milliseconds(10500)) == 10)
        #expect(schedule.target(at: .seconds(11)) == 9)
    }

    @Test("changes lists every step once, in time order")
    func changes() {
        let schedule = RampingVUsSchedule(
            startVUs: 2,
            stages: [Stage(duration: .seconds(8), target: 10), Stage(duration: .seconds(4), target: 6)]
        )
        let changes = schedule.changes()
        #expect(changes.first?.vus == 2)
        #expect(changes.count == 1 + 8 + 4)
        #expect(changes.map(\.vus) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 9, 8, 7, 6])
        #expect(changes[1].time == .seconds(1))
        #expect(changes[8].time == .seconds(8))
        #expect(changes[9].time == .seconds(9))
        #expect(zip(changes, changes.dropFirst()).allSatisfy { $0.time <= $1.time })
        for change in changes.dropFirst() {
            #expect(schedule.target(at: change.time) == change.vus)
        }
    }
}
