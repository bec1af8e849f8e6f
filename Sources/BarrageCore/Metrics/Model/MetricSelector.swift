/// A metric, optionally narrowed to samples carrying certain tags: the key of a threshold
/// (`http_req_duration{name:login}`). k6 calls the narrowed form a sub-metric.
public struct MetricSelector: Sendable, Hashable {
    /// The metric's name, e.g. `http_req_duration`.
    public let metric: String
    /// Tags a sample must carry, each with exactly this value, to count; empty selects the whole metric.
    public let filters: TagSet

    /// Creates a selector.
    public init(metric: String, filters: TagSet = TagSet()) {
        self.metric = metric
        self.filters = filters
    }

    /// Whether this narrows the metric to a tagged subset (a sub-metric) rather than selecting all of it.
    public var isSubMetric: Bool { !filters.isEmpty }

    /// Whether a sample tagged `tags` belongs to this selector: it carries every filter tag with its value.
    public func matches(_ tags: TagSet) -> Bool {
        tags.contains(filters)
    }
}

extension MetricSelector: CustomStringConvertible {
    /// The canonical key, e.g. `http_req_duration{method:GET,scenario:browse}` with filters sorted and values
    /// quoted where needed, so two spellings of one selector print (and re-parse) the same.
    public var description: String {
        guard isSubMetric else { return metric }
        let filterText = filters.tags.map { "\($0.key):\(Self.quotedIfNeeded($0.value))" }
        return metric + "{" + filterText.joined(separator: ",") + "}"
    }

    private static func quotedIfNeeded(_ value: String) -> String {
        let needsQuotes = value.isEmpty || value.contains { ",{}:\"' ".contains($0) }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" || character == "\\" {
                quoted.append("\\")
            }
            quoted.append(character)
        }
        return quoted + "\""
    }
}

extension MetricSelector: TextCodable {}
