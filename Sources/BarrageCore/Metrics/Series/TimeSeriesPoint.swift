/// One second of the run, for charts and `timeseries.csv`: throughput, errors, latency, load.
public struct TimeSeriesPoint: Sendable, Hashable, Codable {
    /// Whole seconds since the collector started; the point covers `[second, second + 1)`.
    public var second: Int
    /// Requests finished in this second.
    public var requests: UInt64 = 0
    /// Of those, requests that failed.
    public var failures: UInt64 = 0
    /// The failures by category: a network error category (`connectionRefused`, `timeout`, …) or
    /// `status N` for an unexpected status. `nil` in summaries written before it existed.
    public var failuresByCategory: [String: UInt64]?
    /// `http_req_duration` of this second's requests; `nil` in a second without requests, or while the
    /// second is still open.
    public var latency: LatencySummary?
    /// Iterations finished in this second.
    public var iterations: UInt64 = 0
    /// Iterations that could not start in this second.
    public var droppedIterations: UInt64 = 0
    /// The last `vus` value known at the end of the second (carried over from earlier seconds).
    public var vus: Double?
    /// The last `vus_max` value known at the end of the second.
    public var vusMax: Double?
    /// Bytes written in this second.
    public var dataSent: UInt64 = 0
    /// Bytes read in this second.
    public var dataReceived: UInt64 = 0
    /// Checks that passed in this second.
    public var checksPassed: UInt64 = 0
    /// Checks that failed in this second.
    public var checksFailed: UInt64 = 0

    /// An empty second.
    public init(second: Int) {
        self.second = second
    }
}
