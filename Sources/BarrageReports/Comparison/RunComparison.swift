import BarrageCore

/// One key figure of two runs side by side.
public struct ComparisonRow: Sendable, Equatable {
    /// The figure compared.
    public var metric: ComparedMetric
    /// The baseline's value; `nil` when it has no samples.
    public var baseline: Double?
    /// The candidate's value; `nil` when it has no samples.
    public var candidate: Double?
    /// `(candidate − baseline) / baseline × 100`; `nil` when either is missing, infinite when the baseline
    /// is 0 and the candidate is not.
    public var changePercent: Double?
    /// Whether the change goes the worse way by more than the tolerance and the metric's noise floor.
    public var isRegression: Bool

    /// The value in the metric's unit, or `–`.
    func text(_ value: Double?) -> String {
        value.map(metric.format) ?? "–"
    }

    /// The change as `+50.0%`, or `–` when it cannot be computed.
    var changeText: String {
        changePercent.map(ValueFormat.change) ?? "–"
    }
}

/// `barrage compare`: a baseline run against a candidate, figure by figure, flagging changes for the
/// worse beyond a tolerance so CI can gate a change on its baseline. A pure value; the CLI loads the runs
/// and renders it with ``ComparisonTextReport``, ``ComparisonMarkdownReport`` or ``ComparisonHTMLReport``.
public struct RunComparison: Sendable, Equatable {
    /// The baseline run's name and start, for headings.
    public var baselineName: String
    /// The candidate run's name and start, for headings.
    public var candidateName: String
    /// How much worse, in percent, a figure may get before it counts as a regression.
    public var tolerancePercent: Double
    /// One row per ``ComparedMetric``, in its declaration order.
    public var rows: [ComparisonRow]

    /// Compares `candidate` against `baseline` with a tolerance in percent (10 means 10 %).
    public init(baseline: RunSummary, candidate: RunSummary, tolerancePercent: Double) {
        self.baselineName = "\(baseline.run.name) @ \(baseline.run.startedAt.formatted(.iso8601))"
        self.candidateName = "\(candidate.run.name) @ \(candidate.run.startedAt.formatted(.iso8601))"
        self.tolerancePercent = tolerancePercent
        self.rows = ComparedMetric.allCases.map { metric in
            Self.row(metric, baseline: metric.value(in: baseline), candidate: metric.value(in: candidate), tolerancePercent: tolerancePercent)
        }
    }

    /// Whether any figure regressed beyond the tolerance: `barrage compare` exits non-zero when true.
    public var hasRegression: Bool {
        rows.contains(where: \.isRegression)
    }

    /// Decides one row; separate so the arithmetic is testable with plain numbers.
    static func row(_ metric: ComparedMetric, baseline: Double?, candidate: Double?, tolerancePercent: Double) -> ComparisonRow {
        guard let baseline, let candidate else {
            return ComparisonRow(metric: metric, baseline: baseline, candidate: candidate, changePercent: nil, isRegression: false)
        }
        let difference = candidate - baseline
        let change: Double = baseline == 0
            ? (difference == 0 ? 0 : (difference > 0 ? .infinity : -.infinity))
            : difference / abs(baseline) * 100
        let worse = metric.higherIsBetter ? -change : change
        let isRegression = worse > tolerancePercent && abs(difference) >= metric.noiseFloor
        return ComparisonRow(metric: metric, baseline: baseline, candidate: candidate, changePercent: change, isRegression: isRegression)
    }
}
