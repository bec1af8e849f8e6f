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

    /// Writes the exact totals, the common statistics for people reading the file, and the histogram in
    /// HdrHistogram's compressed form (``CompressedHistogram``; values in microseconds) for tools that merge
    /// or re-render runs.
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
        guard let compressed = CompressedHistogram.encode(histogram) else {
            throw EncodingError.invalidValue(histogram, .init(codingPath: encoder.codingPath, debugDescription: "zlib failed"))
        }
        try container.encode(compressed, forKey: .histogram)
    }

    /// The compressed form, or the `{buckets: [[value, count], …]}` object summaries of schema 1 wrote.
    private static func histogram(from container: KeyedDecodingContainer<CodingKeys>) throws -> Histogram<UInt64> {
        let histogram: Histogram<UInt64>?
        if let text = try? container.decode(String.self, forKey: .histogram) {
            histogram = CompressedHistogram.decode(text)
        } else {
            histogram = try container.decode(HistogramBuckets.self, forKey: .histogram).histogram()
        }
        guard let histogram else {
            throw DecodingError.dataCorruptedError(
                forKey: .histogram, in: container,
                debugDescription: "expected an HdrHistogram compressed histogram (3 significant digits, microseconds)"
            )
        }
        return histogram
    }
}
