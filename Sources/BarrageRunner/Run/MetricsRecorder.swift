import BarrageCore
import BarrageHTTP

/// Turns what VUs observe into metric samples with k6's tags, and keeps a few error samples for
/// the report. The one bridge between the runner and the collector.
final class MetricsRecorder: Sendable {
    let collector: MetricsCollector
    let errorSamples = ErrorSampleBook()
    let checks = CheckTally()

    init(collector: MetricsCollector) {
        self.collector = collector
    }

    /// Tags every sample of a scenario carries: `scenario` plus the scenario's own tags.
    static func scenarioTags(_ scenario: Scenario) -> TagSet {
        TagSet([(key: "scenario", value: scenario.name)] + scenario.tags.map { (key: $0.key, value: $0.value) })
    }

    /// The tags of a request before its outcome is known: scenario tags, `name`, `method` and the
    /// step's own tags.
    static func requestTags(_ step: RequestStep, scenarioTags: TagSet) -> TagSet {
        var tags = scenarioTags.setting("name", to: step.name).setting("method", to: step.method)
        for (key, value) in step.tags { tags = tags.setting(key, to: value) }
        return tags
    }

    /// Whether a response counts in `http_req_failed`: a network error, or a status outside
    /// the request's `expect` (k6's default 200–399).
    static func isFailed(_ result: HTTPResult, expected: ExpectedStatuses = .default) -> Bool {
        guard result.failure == nil, let status = result.status else { return true }
        return !expected.contains(status)
    }

    /// Records one finished request. `startLag` is added to the measured duration (and to
    /// `blocked`) when an arrival-rate iteration's first request went out late.
    func recordRequest(
        _ result: HTTPResult,
        baseTags: TagSet,
        startLag: Duration,
        completedAt: ContinuousClock.Instant,
        expected: ExpectedStatuses = .default
    ) -> (failed: Bool, duration: Duration) {
        let failed = Self.isFailed(result, expected: expected)
        let tags = Self.outcomeTags(baseTags, status: result.status ?? 0, failed: failed, failure: result.failure)
        return record(result, tags: tags, baseTags: baseTags, failed: failed, startLag: startLag, completedAt: completedAt)
    }

    /// Records one finished request of a compiled step, whose tags per status are built once.
    func recordRequest(
        _ result: HTTPResult,
        of request: CompiledRequest,
        startLag: Duration,
        completedAt: ContinuousClock.Instant
    ) -> (failed: Bool, duration: Duration) {
        let failed = Self.isFailed(result, expected: request.step.expect ?? .default)
        let tags =
            if let status = result.status, result.failure == nil {
                request.tags(status: status, failed: failed)
            } else {
                Self.outcomeTags(request.tags, status: result.status ?? 0, failed: failed, failure: result.failure)
            }
        return record(
            result, tags: tags, baseTags: request.tags, failed: failed, startLag: startLag, completedAt: completedAt)
    }

    /// A request's tags once its outcome is known: `status` (0 without a response),
    /// `expected_response` and, for a failure below HTTP, `error_category`.
    static func outcomeTags(_ base: TagSet, status: Int, failed: Bool, failure: HTTPFailure?) -> TagSet {
        var tags =
            base
            .setting("status", to: String(status))
            .setting("expected_response", to: failed ? "false" : "true")
        if let failure {
            tags = tags.setting("error_category", to: failure.category.rawValue)
        }
        return tags
    }

    private func record(
        _ result: HTTPResult, tags: TagSet, baseTags: TagSet, failed: Bool, startLag: Duration,
        completedAt: ContinuousClock.Instant
    ) -> (failed: Bool, duration: Duration) {
        let timings = result.timings
        let lagMilliseconds = startLag / .milliseconds(1)
        let duration = Double(timings.duration) / 1e6 + lagMilliseconds
        collector.record(
            HTTPRequestSample(
                tags: tags,
                blocked: Double(timings.blocked) / 1e6 + lagMilliseconds,
                connecting: Double(timings.connecting) / 1e6,
                tlsHandshaking: Double(timings.tlsHandshaking) / 1e6,
                sending: Double(timings.sending) / 1e6,
                waiting: Double(timings.waiting) / 1e6,
                receiving: Double(timings.receiving) / 1e6,
                duration: duration,
                failed: failed,
                bytesSent: UInt64(result.bytesSent),
                bytesReceived: UInt64(result.bytesReceived),
                completedAt: completedAt
            )
        )
        if failed { errorSamples.offer(result, tags: baseTags) }
        return (failed, .nanoseconds(Int64(duration * 1e6)))
    }

    /// Records a check's outcome in the `checks` rate, tagged with the check's name.
    func recordCheck(_ name: String, passed: Bool, tags: TagSet) {
        collector.record(.checks, value: passed ? 1 : 0, tags: tags.setting("check", to: name))
        checks.record(name, passed: passed)
    }

    /// Records the outcome of a flow's check, whose tags and tally slot were prepared with the flow.
    func recordCheck(_ check: CompiledRequest.PreparedCheck, passed: Bool, at time: ContinuousClock.Instant) {
        collector.record(.checks, value: passed ? 1 : 0, tags: check.tags, at: time)
        checks.record(check.slot, passed: passed)
    }

    /// Records the time spent in a group; `tags` carry its `group` path.
    func recordGroup(duration: Duration, tags: TagSet, completedAt: ContinuousClock.Instant) {
        collector.record(
            MetricSample(metric: .groupDuration, value: duration / .milliseconds(1), tags: tags, time: completedAt))
    }

    /// Records a finished iteration.
    func recordIteration(duration: Duration, startLag: Duration?, tags: TagSet, completedAt: ContinuousClock.Instant) {
        collector.record(
            IterationSample(
                tags: tags, duration: duration / .milliseconds(1), startLag: startLag.map { $0 / .milliseconds(1) }, completedAt: completedAt
            )
        )
    }

    /// Records arrival-rate starts that found no free VU.
    func recordDroppedIterations(_ count: Int, tags: TagSet) {
        collector.record(.droppedIterations, value: Double(count), tags: tags)
    }

    /// Samples the VU gauges (called once a second by the run).
    func recordVUs(active: Int, allocated: Int) {
        let now = ContinuousClock.now
        collector.record([
            MetricSample(metric: .vus, value: Double(active), time: now),
            MetricSample(metric: .vusMax, value: Double(allocated), time: now),
        ])
    }
}
