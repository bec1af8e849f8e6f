/// The summary's per-request table row: how one named request (tag `name`) fared on its own.
public struct RequestNameBreakdown: Sendable, Equatable, Codable {
    /// The `name` tag shared by these requests.
    public let name: String
    /// `http_reqs` for this name.
    public private(set) var requests = CounterAggregate()
    /// `http_req_failed` for this name.
    public private(set) var failed = RateAggregate()
    /// `http_req_duration` for this name.
    public private(set) var duration = TrendAggregate()

    /// An empty row.
    public init(name: String) {
        self.name = name
    }

    /// Counts one request.
    mutating func add(_ request: HTTPRequestSample) {
        requests.add(1)
        failed.add(request.failed)
        duration.add(request.duration)
    }
}
