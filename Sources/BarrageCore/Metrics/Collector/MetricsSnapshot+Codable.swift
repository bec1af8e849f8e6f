extension MetricsSnapshot: Codable {
    private enum CodingKeys: String, CodingKey {
        case elapsedSeconds, metrics, subMetrics, requestNames, series, isSeriesTruncated, stages
    }

    /// Reads the shape written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let seconds = try container.decode(Double.self, forKey: .elapsedSeconds)
        var subMetrics: [MetricSelector: MetricAggregate] = [:]
        for (key, aggregate) in try container.decode([String: MetricAggregate].self, forKey: .subMetrics) {
            do {
                subMetrics[try MetricSelector(parsing: key)] = aggregate
            } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: .subMetrics, in: container, debugDescription: "sub-metric key '\(key)': \(error)"
                )
            }
        }
        self.init(
            elapsed: .nanoseconds(Int64((seconds * 1e9).rounded())),
            metrics: try container.decode([String: MetricAggregate].self, forKey: .metrics),
            subMetrics: subMetrics,
            requestNames: try container.decode([RequestNameBreakdown].self, forKey: .requestNames),
            series: try container.decode([TimeSeriesPoint].self, forKey: .series),
            isSeriesTruncated: try container.decode(Bool.self, forKey: .isSeriesTruncated),
            stages: try container.decodeIfPresent([StageTally].self, forKey: .stages) ?? []
        )
    }

    /// Writes elapsed time as seconds and sub-metrics keyed by their selector text, so the JSON is readable
    /// by tools that know nothing of Swift's `Duration` encoding.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(elapsed.seconds, forKey: .elapsedSeconds)
        try container.encode(metrics, forKey: .metrics)
        let keyedSubMetrics = Dictionary(uniqueKeysWithValues: subMetrics.map { ($0.key.description, $0.value) })
        try container.encode(keyedSubMetrics, forKey: .subMetrics)
        try container.encode(requestNames, forKey: .requestNames)
        try container.encode(series, forKey: .series)
        try container.encode(isSeriesTruncated, forKey: .isSeriesTruncated)
        try container.encode(stages, forKey: .stages)
    }
}
