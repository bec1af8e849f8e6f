/// The metrics the harness itself emits, with k6's names and meanings.
///
/// An enum rather than strings so the hot path indexes fixed arrays by `rawValue` instead of hashing
/// names; ``name`` is the k6 spelling used in scenario files and reports.
public enum BuiltinMetric: Int, Sendable, Hashable, CaseIterable {
    /// Requests finished (counter).
    case httpReqs
    /// Sending + waiting + receiving, in ms (trend); the latency thresholds usually watch.
    case httpReqDuration
    /// Time waiting for a connection slot before the request could start, in ms (trend).
    case httpReqBlocked
    /// TCP connect time, in ms (trend); 0 on reused connections.
    case httpReqConnecting
    /// TLS handshake time, in ms (trend).
    case httpReqTLSHandshaking
    /// Time writing the request, in ms (trend).
    case httpReqSending
    /// Time to first response byte, in ms (trend).
    case httpReqWaiting
    /// Time reading the response body, in ms (trend).
    case httpReqReceiving
    /// Share of failed requests (rate): network errors and unexpected statuses.
    case httpReqFailed
    /// Flow iterations finished (counter).
    case iterations
    /// Time for one whole iteration, in ms (trend).
    case iterationDuration
    /// Iterations an arrival-rate executor could not start for lack of VUs (counter).
    case droppedIterations
    /// How late iterations started against their planned start, in ms (trend).
    case iterationStartLag
    /// Active virtual users (gauge).
    case vus
    /// Allocated virtual users (gauge).
    case vusMax
    /// Share of passed checks (rate).
    case checks
    /// Bytes written (counter).
    case dataSent
    /// Bytes read (counter).
    case dataReceived
    /// Time spent in a group of steps, in ms (trend).
    case groupDuration
    /// Iterations an arrival-rate scenario actually started per stage, over those its schedule asked for
    /// (gauge; its value is the lowest stage's ratio). Known once the run ends.
    case achievedRateRatio

    /// The k6 name, as written in threshold keys and shown in summaries.
    public var name: String {
        switch self {
        case .httpReqs: "http_reqs"
        case .httpReqDuration: "http_req_duration"
        case .httpReqBlocked: "http_req_blocked"
        case .httpReqConnecting: "http_req_connecting"
        case .httpReqTLSHandshaking: "http_req_tls_handshaking"
        case .httpReqSending: "http_req_sending"
        case .httpReqWaiting: "http_req_waiting"
        case .httpReqReceiving: "http_req_receiving"
        case .httpReqFailed: "http_req_failed"
        case .iterations: "iterations"
        case .iterationDuration: "iteration_duration"
        case .droppedIterations: "dropped_iterations"
        case .iterationStartLag: "iteration_start_lag"
        case .vus: "vus"
        case .vusMax: "vus_max"
        case .checks: "checks"
        case .dataSent: "data_sent"
        case .dataReceived: "data_received"
        case .groupDuration: "group_duration"
        case .achievedRateRatio: "achieved_rate_ratio"
        }
    }

    /// How samples of this metric are summarised; fixed by k6's definitions.
    public var kind: MetricKind {
        switch self {
        case .httpReqs, .iterations, .droppedIterations, .dataSent, .dataReceived:
            .counter
        case .vus, .vusMax, .achievedRateRatio:
            .gauge
        case .httpReqFailed, .checks:
            .rate
        case .httpReqDuration, .httpReqBlocked, .httpReqConnecting, .httpReqTLSHandshaking, .httpReqSending,
            .httpReqWaiting, .httpReqReceiving, .iterationDuration, .iterationStartLag, .groupDuration:
            .trend
        }
    }

    /// The unit of the metric's values, for formatting.
    public var valueType: MetricValueType {
        switch self {
        case .httpReqDuration, .httpReqBlocked, .httpReqConnecting, .httpReqTLSHandshaking, .httpReqSending,
            .httpReqWaiting, .httpReqReceiving, .iterationDuration, .iterationStartLag, .groupDuration:
            .time
        case .dataSent, .dataReceived:
            .data
        case .httpReqs, .httpReqFailed, .iterations, .droppedIterations, .vus, .vusMax, .checks, .achievedRateRatio:
            .plain
        }
    }

    /// Looks a metric up by its k6 name; `nil` for names the harness does not emit.
    public init?(name: String) {
        guard let metric = Self.byName[name] else { return nil }
        self = metric
    }

    private static let byName: [String: BuiltinMetric] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.name, $0) }
    )
}
