import BarrageCore

/// A fixed start instant and helpers to build samples at offsets from it, so tests control time exactly.
struct RunClock {
    let start = ContinuousClock.now

    func at(_ seconds: Double) -> ContinuousClock.Instant {
        start + .milliseconds(Int64((seconds * 1000).rounded()))
    }

    func request(
        _ tags: TagSet = TagSet(),
        duration: Double,
        failed: Bool = false,
        bytesSent: UInt64 = 100,
        bytesReceived: UInt64 = 1000,
        atSecond second: Double = 0.5
    ) -> HTTPRequestSample {
        HTTPRequestSample(
            tags: tags,
            blocked: 0.5,
            connecting: 0.25,
            sending: 0.1,
            waiting: duration - 0.2,
            receiving: 0.1,
            duration: duration,
            failed: failed,
            bytesSent: bytesSent,
            bytesReceived: bytesReceived,
            completedAt: at(second)
        )
    }

    func collector(tracking keys: [String] = []) throws -> MetricsCollector {
        MetricsCollector(tracking: try keys.map { try MetricSelector(parsing: $0) }, startedAt: start)
    }
}

extension MetricsSnapshot {
    /// The trend named `name`, or `nil` if absent or not a trend.
    func trend(_ name: String) -> TrendAggregate? { metrics[name]?.asTrend }

    /// The counter named `name`, or `nil` if absent or not a counter.
    func counter(_ name: String) -> CounterAggregate? { metrics[name]?.asCounter }

    /// The rate named `name`, or `nil` if absent or not a rate.
    func rate(_ name: String) -> RateAggregate? { metrics[name]?.asRate }
}
