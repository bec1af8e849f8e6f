/// `expect: [200-399, 404]`: the statuses that are a success for one request, as k6's
/// `responseCallback` defines them. Anything else (and any network error) counts in
/// `http_req_failed` and is tagged `expected_response: false`.
public struct ExpectedStatuses: Sendable, Equatable {
    /// Inclusive ranges; a single status is a range of one.
    public var ranges: [ClosedRange<Int>]

    public init(_ ranges: [ClosedRange<Int>]) {
        self.ranges = ranges
    }

    /// k6's default: 200–399.
    public static let `default` = ExpectedStatuses([200...399])

    /// Whether `status` is among the expected ones.
    public func contains(_ status: Int) -> Bool {
        ranges.contains { $0.contains(status) }
    }
}
