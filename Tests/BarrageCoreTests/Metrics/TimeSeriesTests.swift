import BarrageCore
import Testing

@Suite("Per-second series")
struct TimeSeriesTests {
    let clock = RunClock()

    @Test("requests land in the second they finished in")
    func bucketsBySecond() throws {
        let collector = try clock.collector()
        collector.record(clock.request(duration: 10, atSecond: 0.2))
        collector.record(clock.request(duration: 20, failed: true, atSecond: 1.4))
        collector.record(clock.request(duration: 30, atSecond: 1.9))
        let series = collector.finalSnapshot(at: clock.at(2.5)).series
        #expect(series.map(\.second) == [0, 1, 2])
        #expect(series.map(\.requests) == [1, 2, 0])
        #expect(series.map(\.failures) == [0, 1, 0])
        #expect(series[1].latency?.max == 30)
        #expect(series[1].latency?.min == 20)
        #expect(series[2].latency == nil)
    }

    @Test("failures are counted by category: network error or unexpected status")
    func failuresByCategory() throws {
        let collector = try clock.collector()
        collector.record(clock.request(["status": "0", "error_category": "timeout"], duration: 5, failed: true, atSecond: 0.1))
        collector.record(clock.request(["status": "503"], duration: 5, failed: true, atSecond: 0.2))
        collector.record(clock.request(["status": "503"], duration: 5, failed: true, atSecond: 0.3))
        collector.record(clock.request(["status": "200"], duration: 5, atSecond: 0.4))
        let series = collector.finalSnapshot(at: clock.at(1.5)).series
        #expect(series[0].failuresByCategory == ["timeout": 1, "status 503": 2])
        #expect(series[1].failuresByCategory == nil)
    }

    @Test("a periodic snapshot shows only seconds that have ended")
    func currentSecondStaysOpen() throws {
        let collector = try clock.collector()
        collector.record(clock.request(duration: 10, atSecond: 0.5))
        collector.record(clock.request(duration: 10, atSecond: 3.5))
        #expect(collector.snapshot(at: clock.at(3.6)).series.map(\.second) == [0, 1, 2])
    }

    @Test("seconds without traffic appear as empty points")
    func gapsAreFilled() throws {
        let collector = try clock.collector()
        collector.record(clock.request(duration: 10, atSecond: 0.5))
        collector.record(clock.request(duration: 10, atSecond: 4.5))
        let series = collector.finalSnapshot(at: clock.at(4.9)).series
        #expect(series.map(\.requests) == [1, 0, 0, 0, 1])
    }

    @Test("a late sample for a closed second still counts")
    func lateSampleCounts() throws {
        let collector = try clock.collector()
        collector.record(clock.request(duration: 10, atSecond: 0.5))
        collector.record(clock.request(duration: 10, atSecond: 5.5))
        collector.record(clock.request(duration: 10, failed: true, atSecond: 0.9))
        let series = collector.finalSnapshot(at: clock.at(6)).series
        #expect(series[0].requests == 2)
        #expect(series[0].failures == 1)
    }

    @Test("vus carry forward into seconds without a new value")
    func vusCarryForward() throws {
        let collector = try clock.collector()
        collector.record(.vus, value: 10, at: clock.at(0.1))
        collector.record(.vus, value: 20, at: clock.at(2.1))
        let series = collector.finalSnapshot(at: clock.at(3.5)).series
        #expect(series.map(\.vus) == [10, 10, 20, 20])
    }

    @Test("iterations, drops and checks are counted per second")
    func otherCounters() throws {
        let collector = try clock.collector()
        collector.record(IterationSample(tags: TagSet(), duration: 5, completedAt: clock.at(0.5)))
        collector.record(.droppedIterations, value: 3, at: clock.at(0.6))
        collector.record(.checks, value: 1, at: clock.at(0.7))
        collector.record(.checks, value: 0, at: clock.at(0.8))
        let point = try #require(collector.finalSnapshot(at: clock.at(0.9)).series.first)
        #expect(point.iterations == 1)
        #expect(point.droppedIterations == 3)
        #expect(point.checksPassed == 1)
        #expect(point.checksFailed == 1)
    }

    @Test("seconds beyond the limit are dropped from the series but not from the totals")
    func seriesLimit() {
        let collector = MetricsCollector(startedAt: clock.start, limits: MetricsLimits(seriesSeconds: 2))
        collector.record(clock.request(duration: 10, atSecond: 0.5))
        collector.record(clock.request(duration: 10, atSecond: 5.5))
        let snapshot = collector.finalSnapshot(at: clock.at(6))
        #expect(snapshot.series.count == 2)
        #expect(snapshot.isSeriesTruncated)
        #expect(snapshot.counter("http_reqs")?.sum == 2)
    }
}
