import Histogram

extension TrendAggregate: Codable {
    private enum CodingKeys: String, CodingKey {
        case count, sum, min, max, avg, med, p90, p95, p99, histogram
    }

    /// Reads the exact totals and the histogram; the derived statistics in the file are ignored
    /// because they are recomputed from these.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            sampleCount: try container.decode(UInt64.self, forKey: .count),
            sum: try container.decode(Double.self, forKey: .sum),
            min: try container.decode(Double.self, forKey: .min),
            max: try container.decode(Double.self, forKey: .max),
            histogram: try Self.histogram(from: container)
        )
    }

    /// Writes the exact totals, the common statistics for people reading the file, and the histogram's
    /// non-empty buckets for tools that merge or re-render runs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sampleCount, forKey: .count)
        try container.encode(sum, forKey: .sum)
        try container.encode(min, forKey: .min)
        try container.encode(max, forKey: .max)
        try container.encodeIfPresent(average, forKey: .avg)
        try container.encodeIfPresent(median, forKey: .med)
        try container.encodeIfPresent(percentile(90), forKey: .p90)
        try container.encodeIfPresent(percentile(95), forKey: .p95)
        try container.encodeIfPresent(percentile(99), forKey: .p99)
        try container.encode(HistogramBuckets(histogram, unitsPerValue: Self.unitsPerValue), forKey: .histogram)
    }

    private static func histogram(from container: KeyedDecodingContainer<CodingKeys>) throws -> Histogram<UInt64> {
        guard let histogram = try container.decode(HistogramBuckets.self, forKey: .histogram).histogram() else {
            throw DecodingError.dataCorruptedError(
                forKey: .histogram, in: container,
                debugDescription: "expected a 3-significant-digit histogram in microseconds"
            )
        }
        return histogram
    }
}
