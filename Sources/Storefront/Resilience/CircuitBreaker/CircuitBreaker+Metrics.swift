extension CircuitBreaker.State {
    /// The numeric gauge value conventionally exported for breaker state (0 closed, 1 open, 2 half-open),
    /// so dashboards can alert on "breaker open" without parsing labels.
    public var gaugeValue: Int {
        switch self {
        case .closed: 0
        case .open: 1
        case .halfOpen: 2
        }
    }

    /// A lowercase label value for logs and metrics.
    public var label: String {
        switch self {
        case .closed: "closed"
        case .open: "open"
        case .halfOpen: "half_open"
        }
    }
}
