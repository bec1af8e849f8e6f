/// k6's four metric kinds. The kind decides how samples are summarised and which threshold
/// aggregations make sense (`p(95)` on a trend, `rate` on a rate), so it is checked before a run starts.
public enum MetricKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Adds samples up (`http_reqs`, `data_sent`); reports a sum and a rate per second over the run.
    case counter
    /// Keeps the latest sample plus its extremes (`vus`).
    case gauge
    /// Counts non-zero samples against all samples (`http_req_failed`, `checks`).
    case rate
    /// Keeps a distribution in an HDR histogram (`http_req_duration`); never an array of samples.
    case trend
}

/// What a metric's numbers measure, so reports can print `12.3ms` or `4.1 kB` instead of a bare number.
public enum MetricValueType: String, Sendable, Hashable, Codable {
    /// A count or a ratio with no unit.
    case plain
    /// Milliseconds.
    case time
    /// Bytes.
    case data
}
