/// The verdict on one threshold at one moment, with the number it was judged on, for summaries, JUnit
/// test cases and the exit code.
public struct ThresholdResult: Sendable, Hashable, Codable {
    /// How the threshold fared.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The observed value satisfies the expression.
        case passed
        /// The observed value violates the expression.
        case failed
        /// The metric or sub-metric has no samples; this fails (k6 would pass silently).
        case noSamples
        /// The aggregation does not exist for the metric's kind; validation normally rejects this earlier.
        case notApplicable
    }

    /// The threshold judged.
    public let threshold: Threshold
    /// The value of the threshold's aggregation, `nil` without samples.
    public let observed: Double?
    /// How it fared.
    public let outcome: Outcome

    /// Creates a result.
    public init(threshold: Threshold, observed: Double?, outcome: Outcome) {
        self.threshold = threshold
        self.observed = observed
        self.outcome = outcome
    }

    /// Whether the threshold held; every outcome other than ``Outcome/passed`` fails the run.
    public var passed: Bool { outcome == .passed }
}

extension Sequence<ThresholdResult> {
    /// Whether every threshold held: exit code 0 rather than 99.
    public var allPassed: Bool { allSatisfy(\.passed) }
}
