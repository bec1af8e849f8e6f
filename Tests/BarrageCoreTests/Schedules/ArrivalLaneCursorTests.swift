import Testing

@testable import BarrageCore

@Suite("arrival lanes share a schedule")
struct ArrivalLaneCursorTests {
    /// Drains every lane by stepping elapsed time forward, as the runner's timers do.
    private func drain(_ schedule: ArrivalRateSchedule, lanes: Int, step: Duration) -> [[ArrivalLaneCursor.Start]] {
        var cursors = (0..<lanes).map { ArrivalLaneCursor(schedule: schedule, lane: $0, of: lanes) }
        var started = Array(repeating: [ArrivalLaneCursor.Start](), count: lanes)
        var elapsed = Duration.zero
        while cursors.contains(where: { $0.next != nil }) {
            for lane in 0..<lanes {
                while let start = cursors[lane].takeDue(by: elapsed) {
                    #expect(start.offset <= elapsed, "a start is never taken before it is due")
                    started[lane].append(start)
                }
            }
            elapsed += step
        }
        return started
    }

    @Test(
        "lanes together start every iteration of the schedule exactly once, at its intended time",
        arguments: [1, 2, 3, 4, 7])
    func partition(lanes: Int) {
        let schedule = ArrivalRateSchedule(
            startRate: 0,
            stages: [Stage(duration: .seconds(3), target: 500), Stage(duration: .seconds(2), target: 5000)],
            timeUnit: .seconds(1))
        let started = drain(schedule, lanes: lanes, step: .microseconds(700))
        let all = started.flatMap { $0 }.sorted { $0.iteration < $1.iteration }
        #expect(all.count == schedule.totalIterations)
        #expect(all.map(\.iteration) == Array(0..<schedule.totalIterations))
        for start in all {
            #expect(start.offset == schedule.startTime(ofIteration: start.iteration))
        }
        for (lane, starts) in started.enumerated() {
            #expect(starts.allSatisfy { $0.iteration % lanes == lane })
            #expect(zip(starts, starts.dropFirst()).allSatisfy { $0.offset <= $1.offset }, "in order per lane")
        }
    }

    @Test("nothing is due before its time, and a late check releases everything due at once")
    func dueness() {
        let schedule = ArrivalRateSchedule(rate: 1000, timeUnit: .seconds(1), duration: .seconds(1))
        var cursor = ArrivalLaneCursor(schedule: schedule, lane: 1, of: 2)
        #expect(cursor.takeDue(by: .microseconds(999)) == nil)
        #expect(cursor.next?.offset == .milliseconds(1))
        var late: [Int] = []
        while let start = cursor.takeDue(by: .milliseconds(10)) { late.append(start.iteration) }
        #expect(late == [1, 3, 5, 7, 9])
        cursor.end()
        #expect(cursor.takeDue(by: .seconds(5)) == nil)
    }

    @Test("a loop wakes at each sparse start, and at most once per gap for dense ones")
    func wakes() {
        let gap = Duration.milliseconds(1)
        // The earliest start of all scenarios on the loop, when it is a gap or more away.
        #expect(
            ArrivalWake.next(releasedAt: .milliseconds(3), nextStarts: [.milliseconds(13), .milliseconds(8)], minimumGap: gap)
                == .milliseconds(8))
        // A start 0.2 ms away waits for the gap, so the starts falling due meanwhile go together.
        #expect(
            ArrivalWake.next(releasedAt: .milliseconds(3), nextStarts: [.microseconds(3200)], minimumGap: gap)
                == .milliseconds(4))
        #expect(ArrivalWake.next(releasedAt: .zero, nextStarts: [Duration](), minimumGap: gap) == nil)

        // At 5,000 starts a second, a wake-up every gap releases the five that fell due.
        var cursor = ArrivalLaneCursor(
            schedule: ArrivalRateSchedule(rate: 5000, timeUnit: .seconds(1), duration: .seconds(1)), lane: 0, of: 1)
        var wake = Duration.zero
        var batches: [Int] = []
        while true {
            var released = 0
            while cursor.takeDue(by: wake) != nil { released += 1 }
            batches.append(released)
            guard let next = ArrivalWake.next(releasedAt: wake, nextStarts: cursor.next.map { [$0.offset] } ?? [], minimumGap: gap)
            else { break }
            wake = next
        }
        #expect(batches.reduce(0, +) == 5000)
        #expect(batches.count <= 1001)
        // Five fall due per millisecond; rounding of the start times moves one across a boundary now and then.
        #expect(batches.dropFirst().allSatisfy { (4...6).contains($0) }, "\(Set(batches))")
    }

    @Test("an empty schedule gives every lane nothing")
    func empty() {
        let schedule = ArrivalRateSchedule(rate: 0, timeUnit: .seconds(1), duration: .seconds(5))
        #expect(ArrivalLaneCursor(schedule: schedule, lane: 0, of: 3).next == nil)
    }
}
