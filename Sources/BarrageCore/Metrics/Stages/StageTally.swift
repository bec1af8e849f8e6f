/// What happened during one stage of one scenario, recorded live as samples arrive, so a stage's
/// percentiles come from its own HDR histogram, never from arithmetic on per-second percentiles.
///
/// A request belongs to the stage of its scenario during which it was *sent* (its completion time minus
/// its duration; for an arrival-rate iteration's first request, the intended start), so a request sent
/// in one stage and answered in the next still counts for the load that produced it. Requests sent after
/// the scenario's last stage ended (in-flight iterations finishing within `gracefulStop`) count for the
/// last stage. Iterations count where they actually started.
public struct StageTally: Sendable, Equatable, Codable {
    /// Requests sent during the stage.
    public private(set) var requests: UInt64 = 0
    /// Of those, requests that failed (`http_req_failed`).
    public private(set) var failures: UInt64 = 0
    /// `http_req_duration` of those requests.
    public private(set) var latency = TrendAggregate()
    /// Iterations that actually started during the stage (finished ones; discarded ones are not counted).
    public private(set) var iterationsStarted: UInt64 = 0
    /// Iterations an arrival-rate executor could not start during the stage.
    public private(set) var droppedIterations: UInt64 = 0

    /// An empty stage.
    public init() {}

    /// Counts one request sent during the stage.
    mutating func add(_ request: HTTPRequestSample) {
        requests &+= 1
        if request.failed { failures &+= 1 }
        latency.add(request.duration)
    }

    /// Counts one iteration that started during the stage.
    mutating func countIterationStart() {
        iterationsStarted &+= 1
    }

    /// Counts iterations dropped during the stage.
    mutating func countDropped(_ count: Double) {
        droppedIterations &+= UInt64(Swift.max(count, 0))
    }

    /// Share of failed requests; `nil` without requests.
    public var errorRate: Double? {
        requests > 0 ? Double(failures) / Double(requests) : nil
    }
}
