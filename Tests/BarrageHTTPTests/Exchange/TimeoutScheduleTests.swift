import NIOCore
import Testing

@testable import BarrageHTTP

@Suite("Lazy per-connection timeout timer")
struct TimeoutScheduleTests {
    private let t0 = NIODeadline.uptimeNanoseconds(1_000_000_000)

    @Test("the first request schedules a timer")
    func firstArm() {
        var schedule = TimeoutSchedule()
        #expect(schedule.arm(for: t0 + .seconds(10)) == t0 + .seconds(10))
    }

    @Test("a later deadline reuses the live timer")
    func laterDeadlineReusesTimer() {
        var schedule = TimeoutSchedule()
        _ = schedule.arm(for: t0 + .seconds(10))
        #expect(schedule.arm(for: t0 + .seconds(11)) == nil)
    }

    @Test("an earlier deadline needs its own timer")
    func earlierDeadlineSchedules() {
        var schedule = TimeoutSchedule()
        _ = schedule.arm(for: t0 + .seconds(10))
        #expect(schedule.arm(for: t0 + .seconds(1)) == t0 + .seconds(1))
    }

    @Test("a timer firing for a request with a later deadline re-arms for it")
    func firesEarlyAndReschedules() {
        var schedule = TimeoutSchedule()
        _ = schedule.arm(for: t0 + .seconds(10))
        let action = schedule.fired(
            scheduledFor: t0 + .seconds(10), now: t0 + .seconds(10), inFlightDeadline: t0 + .seconds(15))
        #expect(action == .reschedule(t0 + .seconds(15)))
    }

    @Test("a timer firing at the in-flight deadline expires it")
    func expires() {
        var schedule = TimeoutSchedule()
        _ = schedule.arm(for: t0 + .seconds(1))
        #expect(
            schedule.fired(scheduledFor: t0 + .seconds(1), now: t0 + .seconds(1), inFlightDeadline: t0 + .seconds(1))
                == .expire)
    }

    @Test("a superseded timer is ignored, and an idle connection lets its timer lapse")
    func supersededAndIdle() {
        var schedule = TimeoutSchedule()
        _ = schedule.arm(for: t0 + .seconds(10))
        _ = schedule.arm(for: t0 + .seconds(1))
        #expect(
            schedule.fired(scheduledFor: t0 + .seconds(10), now: t0 + .seconds(10), inFlightDeadline: t0 + .seconds(12))
                == .ignore)
        #expect(schedule.fired(scheduledFor: t0 + .seconds(1), now: t0 + .seconds(1), inFlightDeadline: nil) == .ignore)
        #expect(schedule.armedDeadline == nil)
    }
}
