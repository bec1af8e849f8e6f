import BarrageCore
import Testing

@Suite("Threshold evaluation")
struct ThresholdEvaluationTests {
    private func trend(_ values: [Double]) -> MetricAggregate {
        var trend = TrendAggregate()
        values.forEach { trend.add($0) }
        return .trend(trend)
    }

    private func rate(passes: UInt64, fails: UInt64) -> MetricAggregate {
        .rate(RateAggregate(passes: passes, fails: fails))
    }

    private func evaluate(_ key: String, _ expression: String, in snapshot: MetricsSnapshot) throws -> ThresholdResult {
        let threshold = try Threshold(key: key, expression: expression)
        return try #require(ThresholdEvaluation([threshold]).evaluate(snapshot).first)
    }

    @Test("a threshold passes when the observed value satisfies it")
    func passes() throws {
        let snapshot = MetricsSnapshot(elapsed: .seconds(10), metrics: ["http_req_duration": trend([100, 200, 300])])
        let result = try evaluate("http_req_duration", "avg<250", in: snapshot)
        #expect(result.outcome == .passed)
        #expect(result.observed == 200)
    }

    @Test("a threshold fails when the observed value violates it")
    func fails() throws {
        let snapshot = MetricsSnapshot(elapsed: .seconds(10), metrics: ["http_req_failed": rate(passes: 2, fails: 98)])
        let result = try evaluate("http_req_failed", "rate<0.01", in: snapshot)
        #expect(result.outcome == .failed)
        #expect(result.observed == 0.02)
    }

    @Test("a threshold on a metric with no samples fails instead of passing silently")
    func noSamplesFails() throws {
        let result = try evaluate("http_req_duration", "p(95)<500", in: MetricsSnapshot(elapsed: .seconds(10)))
        #expect(result.outcome == .noSamples)
        #expect(result.observed == nil)
        #expect(!result.passed)
    }

    @Test("a sub-metric that matched no samples fails")
    func emptySubMetricFails() throws {
        let selector = try MetricSelector(parsing: "http_req_duration{name:login}")
        let snapshot = MetricsSnapshot(
            elapsed: .seconds(10),
            metrics: ["http_req_duration": trend([1])],
            subMetrics: [selector: .trend(TrendAggregate())]
        )
        #expect(try evaluate("http_req_duration{name:login}", "p(95)<500", in: snapshot).outcome == .noSamples)
    }

    @Test("a sub-metric threshold reads the sub-metric, not the whole metric")
    func subMetricEvaluated() throws {
        let selector = try MetricSelector(parsing: "http_req_duration{name:login}")
        let snapshot = MetricsSnapshot(
            elapsed: .seconds(10),
            metrics: ["http_req_duration": trend([1, 2, 3])],
            subMetrics: [selector: trend([900, 1000])]
        )
        let result = try evaluate("http_req_duration{name:login}", "max<500", in: snapshot)
        #expect(result.outcome == .failed)
        #expect(result.observed == 1000)
    }

    @Test("a counter's rate is its sum per second of the run")
    func counterRate() throws {
        let snapshot = MetricsSnapshot(elapsed: .seconds(4), metrics: ["http_reqs": .counter(CounterAggregate(sum: 100, sampleCount: 100))])
        let result = try evaluate("http_reqs", "rate>=25", in: snapshot)
        #expect(result.observed == 25)
        #expect(result.passed)
    }

    @Test("evaluation end to end: collector samples judged against a percentile threshold")
    func collectorToVerdict() throws {
        let clock = RunClock()
        let evaluation = ThresholdEvaluation([
            try Threshold(key: "http_req_duration{name:slow}", expression: "p(90)<100"),
            try Threshold(key: "http_req_duration{name:fast}", expression: "p(90)<100"),
        ])
        let collector = MetricsCollector(tracking: evaluation.trackedSelectors, startedAt: clock.start)
        for index in 1...100 {
            collector.record(clock.request(["name": "slow"], duration: Double(index) * 2))
            collector.record(clock.request(["name": "fast"], duration: Double(index) / 2))
        }
        let results = evaluation.evaluate(collector.finalSnapshot(at: clock.at(1)))
        #expect(results.map(\.outcome) == [.failed, .passed])
        #expect(!results.allPassed)
    }

    @Test("tracked selectors are the distinct sub-metrics only")
    func trackedSelectors() throws {
        let evaluation = ThresholdEvaluation([
            try Threshold(key: "http_req_duration", expression: "p(95)<500"),
            try Threshold(key: "http_req_duration{name:login}", expression: "p(95)<500"),
            try Threshold(key: "http_req_duration{ name : login }", expression: "avg<200"),
        ])
        #expect(evaluation.trackedSelectors == [try MetricSelector(parsing: "http_req_duration{name:login}")])
    }
}
