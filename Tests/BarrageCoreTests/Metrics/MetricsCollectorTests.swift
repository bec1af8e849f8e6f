import BarrageCore
import Foundation
import Testing

@Suite("Metrics collector")
struct MetricsCollectorTests {
    let clock = RunClock()

    @Test("one request feeds every HTTP metric")
    func requestFeedsAllMetrics() throws {
        let collector = try clock.collector()
        collector.record(clock.request(duration: 12, failed: true, bytesSent: 120, bytesReceived: 3400))
        let snapshot = collector.snapshot(at: clock.at(1))
        #expect(snapshot.counter("http_reqs")?.sum == 1)
        #expect(snapshot.trend("http_req_duration")?.max == 12)
        #expect(snapshot.trend("http_req_blocked")?.max == 0.5)
        #expect(snapshot.trend("http_req_connecting")?.max == 0.25)
        #expect(snapshot.trend("http_req_tls_handshaking")?.max == 0)
        #expect(snapshot.trend("http_req_sending")?.max == 0.1)
        #expect(snapshot.trend("http_req_waiting")?.max == 11.8)
        #expect(snapshot.trend("http_req_receiving")?.max == 0.1)
        #expect(snapshot.rate("http_req_failed")?.rate == 1)
        #expect(snapshot.counter("data_sent")?.sum == 120)
        #expect(snapshot.counter("data_received")?.sum == 3400)
    }

    @Test("duration defaults to sending + waiting + receiving")
    func durationDefault() {
        let sample = HTTPRequestSample(
            tags: TagSet(), sending: 1, waiting: 20, receiving: 3, failed: false,
            bytesSent: 0, bytesReceived: 0, completedAt: clock.at(0)
        )
        #expect(sample.duration == 24)
    }

    @Test("metrics without samples are absent from the snapshot")
    func unobservedMetricsAbsent() throws {
        let collector = try clock.collector()
        collector.record(clock.request(duration: 5))
        let snapshot = collector.snapshot(at: clock.at(1))
        #expect(snapshot.metrics["checks"] == nil)
        #expect(snapshot.metrics["iterations"] == nil)
    }

    @Test("a tracked sub-metric aggregates only the samples whose tags match")
    func subMetricMatching() throws {
        let collector = try clock.collector(tracking: ["http_req_duration{name:login}"])
        collector.record(clock.request(["name": "login", "method": "POST"], duration: 100))
        collector.record(clock.request(["name": "login", "method": "POST"], duration: 300))
        collector.record(clock.request(["name": "list", "method": "GET"], duration: 5))
        let snapshot = collector.snapshot(at: clock.at(1))
        let selector = try MetricSelector(parsing: "http_req_duration{name:login}")
        let login = try #require(snapshot.aggregate(for: selector)?.asTrend)
        #expect(login.sampleCount == 2)
        #expect(login.min == 100)
        #expect(snapshot.trend("http_req_duration")?.sampleCount == 3)
    }

    @Test("sub-metrics are still matched when the tag-set cache is full")
    func matchingWithoutCache() throws {
        let selector = try MetricSelector(parsing: "http_req_duration{name:login}")
        let collector = MetricsCollector(
            tracking: [selector], startedAt: clock.start, limits: MetricsLimits(cachedTagSets: 0)
        )
        collector.record(clock.request(["name": "login"], duration: 100))
        collector.record(clock.request(["name": "login"], duration: 200))
        collector.record(clock.request(["name": "list"], duration: 5))
        let snapshot = collector.snapshot(at: clock.at(1))
        #expect(snapshot.aggregate(for: selector)?.sampleCount == 2)
        #expect(snapshot.requestNames.map(\.name) == ["login", "list"])
    }

    @Test("a tracked sub-metric that matched nothing is present with zero samples")
    func unmatchedSubMetric() throws {
        let collector = try clock.collector(tracking: ["http_req_failed{name:checkout}"])
        collector.record(clock.request(["name": "login"], duration: 10))
        let selector = try MetricSelector(parsing: "http_req_failed{name:checkout}")
        #expect(collector.snapshot(at: clock.at(1)).aggregate(for: selector)?.sampleCount == 0)
    }

    @Test("check samples feed a checks sub-metric by check name")
    func checkSubMetric() throws {
        let collector = try clock.collector(tracking: [#"checks{check:"status is 200"}"#])
        collector.record([
            MetricSample(metric: .checks, value: 1, tags: ["check": "status is 200"], time: clock.at(0.1)),
            MetricSample(metric: .checks, value: 0, tags: ["check": "status is 200"], time: clock.at(0.2)),
            MetricSample(metric: .checks, value: 0, tags: ["check": "body has id"], time: clock.at(0.3)),
        ])
        let snapshot = collector.snapshot(at: clock.at(1))
        let selector = try MetricSelector(parsing: #"checks{check:"status is 200"}"#)
        let statusChecks = try #require(snapshot.aggregate(for: selector)?.asRate)
        #expect(statusChecks.rate == 0.5)
        #expect(snapshot.rate("checks")?.rate == 1.0 / 3)
    }

    @Test("the per-name breakdown separates requests by their name tag")
    func requestNameBreakdown() throws {
        let collector = try clock.collector()
        collector.record(clock.request(["name": "login"], duration: 100, failed: true))
        collector.record(clock.request(["name": "login"], duration: 200))
        collector.record(clock.request(["name": "list"], duration: 5))
        let rows = collector.snapshot(at: clock.at(1)).requestNames
        #expect(rows.map(\.name) == ["login", "list"])
        #expect(rows[0].requests.sum == 2)
        #expect(rows[0].failed.rate == 0.5)
        #expect(rows[0].duration.max == 200)
        #expect(rows[1].duration.sampleCount == 1)
    }

    @Test("names beyond the limit share one overflow row")
    func requestNameLimit() {
        let collector = MetricsCollector(startedAt: clock.start, limits: MetricsLimits(requestNames: 2))
        for name in ["a", "b", "c", "d"] {
            collector.record(clock.request(TagSet([(key: "name", value: name)]), duration: 1))
        }
        let rows = collector.snapshot(at: clock.at(1)).requestNames
        #expect(rows.map(\.name) == ["a", "b", MetricsLimits.overflowRequestName])
        #expect(rows[2].requests.sum == 2)
    }

    @Test("an iteration feeds iterations, iteration_duration and iteration_start_lag")
    func iterationMetrics() throws {
        let collector = try clock.collector()
        collector.record(IterationSample(tags: ["scenario": "s"], duration: 250, startLag: 3, completedAt: clock.at(0.5)))
        collector.record(IterationSample(tags: ["scenario": "s"], duration: 150, completedAt: clock.at(0.6)))
        let snapshot = collector.snapshot(at: clock.at(1))
        #expect(snapshot.counter("iterations")?.sum == 2)
        #expect(snapshot.trend("iteration_duration")?.average == 200)
        #expect(snapshot.trend("iteration_start_lag")?.sampleCount == 1)
    }

    @Test("gauges keep the latest value and their extremes")
    func gauges() throws {
        let collector = try clock.collector()
        for (offset, vus) in [10.0, 50, 30].enumerated() {
            collector.record(.vus, value: vus, at: clock.at(Double(offset) / 10))
        }
        let gauge = try #require(collector.snapshot(at: clock.at(1))[.vus]?.asGauge)
        #expect(gauge.last == 30)
        #expect(gauge.max == 50)
        #expect(gauge.min == 10)
    }

    @Test("recording from several threads loses no samples")
    func concurrentRecording() throws {
        let collector = try clock.collector(tracking: ["http_reqs{method:GET}"])
        let getTags: TagSet = ["method": "GET", "name": "list"]
        let postTags: TagSet = ["method": "POST", "name": "create"]
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for index in 0..<5_000 {
                let tags = worker.isMultiple(of: 2) ? getTags : postTags
                collector.record(clock.request(tags, duration: Double(index % 100) + 1, atSecond: Double(index % 3)))
            }
        }
        let snapshot = collector.snapshot(at: clock.at(5))
        #expect(snapshot.counter("http_reqs")?.sum == 20_000)
        let gets = try #require(snapshot.aggregate(for: try MetricSelector(parsing: "http_reqs{method:GET}"))?.asCounter)
        #expect(gets.sum == 10_000)
    }
}
