import BarrageCore

/// One key figure of two runs side by side, with the decision on it and the reason.
public struct ComparisonRow: Sendable, Equatable {
    /// How the figure fared.
    public enum Outcome: String, Sendable, Equatable {
        /// Worse than the baseline beyond the tolerance, with the stated confidence.
        case regression
        /// Not shown to be worse beyond the tolerance.
        case passed
        /// Too few per-second values to decide either way.
        case undecided
        /// Shown for information only (`max`, figures without a per-second series).
        case notGated
        /// A run has no data for the figure.
        case noData
    }

    /// The figure compared.
    public var metric: ComparedMetric
    /// The baseline's run-level value; `nil` when it has no samples.
    public var baseline: Double?
    /// The candidate's run-level value; `nil` when it has no samples.
    public var candidate: Double?
    /// `(candidate − baseline) / baseline × 100`; `nil` when either is missing, infinite when the baseline
    /// is 0 and the candidate is not.
    public var changePercent: Double?
    /// The decision.
    public var outcome: Outcome
    /// Why, in words: the per-second medians, the margin, the p-value and the sample sizes.
    public var reason: String

    /// Whether the figure regressed.
    public var isRegression: Bool { outcome == .regression }

    /// The value in the metric's unit, or `–`.
    func text(_ value: Double?) -> String {
        value.map(metric.format) ?? "–"
    }

    /// The change as `+50.0%`, or `–` when it cannot be computed.
    var changeText: String {
        changePercent.map(ValueFormat.change) ?? "–"
    }

    /// The mark a report shows: ✗ regression, ? undecided, ✓ otherwise (· for figures shown only).
    var mark: String {
        switch outcome {
        case .regression: "✗ regression"
        case .undecided: "? undecided"
        case .passed: "✓"
        case .notGated, .noData: "·"
        }
    }
}

/// `barrage compare`: a baseline run against a candidate, figure by figure. A figure regresses only when
/// its per-second values are worse than the baseline's by more than the tolerance with the stated
/// confidence (``RegressionTest``); run-level values and their change are shown beside the decision. A
/// pure value; the CLI loads the runs and renders it with ``ComparisonTextReport``,
/// ``ComparisonMarkdownReport`` or ``ComparisonHTMLReport``.
public struct RunComparison: Sendable, Equatable {
    /// The baseline run's name and start, for headings.
    public var baselineName: String
    /// The candidate run's name and start, for headings.
    public var candidateName: String
    /// How much worse, in percent, a figure may get before it counts as a regression.
    public var tolerancePercent: Double
    /// How sure, in percent, the test must be that a figure got worse beyond the tolerance.
    public var confidencePercent: Double
    /// One row per ``ComparedMetric``, in its declaration order.
    public var rows: [ComparisonRow]

    /// Compares `candidate` against `baseline` with a tolerance in percent (10 means 10 %) at a confidence
    /// in percent (99 means a 1 % chance of calling two equivalent runs a regression, per figure).
    public init(baseline: RunSummary, candidate: RunSummary, tolerancePercent: Double, confidencePercent: Double = 99) {
        self.baselineName = "\(baseline.run.name) @ \(baseline.run.startedAt.formatted(.iso8601))"
        self.candidateName = "\(candidate.run.name) @ \(candidate.run.startedAt.formatted(.iso8601))"
        self.tolerancePercent = tolerancePercent
        self.confidencePercent = confidencePercent
        self.rows = ComparedMetric.allCases.map { metric in
            Self.row(
                metric,
                baseline: (metric.value(in: baseline), metric.perSecondValues(in: baseline)),
                candidate: (metric.value(in: candidate), metric.perSecondValues(in: candidate)),
                tolerancePercent: tolerancePercent, confidencePercent: confidencePercent
            )
        }
    }

    /// Whether any figure regressed beyond the tolerance: `barrage compare` exits non-zero when true.
    public var hasRegression: Bool {
        rows.contains(where: \.isRegression)
    }

    /// Gated figures that could not be decided (runs too short); they fail a gate too, because a pass
    /// must be earned.
    public var undecided: [ComparisonRow] {
        rows.filter { $0.outcome == .undecided }
    }

    /// Whether the candidate passes the gate: nothing regressed and everything gated was decided.
    public var passes: Bool { !hasRegression && undecided.isEmpty }

    /// Decides one row from a run-level value and per-second values (keyed by second) per run; separate so
    /// the statistics are testable with synthetic samples.
    static func row(
        _ metric: ComparedMetric,
        baseline: (value: Double?, seconds: [Int: Double]),
        candidate: (value: Double?, seconds: [Int: Double]),
        tolerancePercent: Double,
        confidencePercent: Double = 99
    ) -> ComparisonRow {
        var row = ComparisonRow(
            metric: metric, baseline: baseline.value, candidate: candidate.value,
            changePercent: change(from: baseline.value, to: candidate.value), outcome: .noData, reason: "no data in one run"
        )
        guard baseline.value != nil, candidate.value != nil else { return row }
        guard metric.isGated else {
            row.outcome = .notGated
            row.reason = metric.notGatedReason
            return row
        }
        let test = RegressionTest(
            baseline: baseline.seconds, candidate: candidate.seconds, higherIsBetter: metric.higherIsBetter,
            tolerancePercent: tolerancePercent, noiseFloor: metric.noiseFloor, confidence: confidencePercent / 100
        )
        let tolerance = ValueFormat.trimmed(tolerancePercent, digits: 2)
        let confidence = ValueFormat.trimmed(confidencePercent, digits: 2)
        let pairs = "\(test.pairs) paired seconds"
        let medians = test.baselineMedian.flatMap { base in
            test.candidateMedian.map { "per-second median \(metric.format(base)) → \(metric.format($0))" }
        }
        switch test.verdict {
        case .tooFewSamples:
            row.outcome = .undecided
            row.reason = "too few seconds to decide (\(pairs); need \(RegressionTest.minimumSeconds))"
        case .regression:
            row.outcome = .regression
            row.reason = [medians, "worse by more than \(tolerance)% with \(confidence)% confidence (p=\(pText(test.pValue)), \(pairs))"]
                .compactMap { $0 }.joined(separator: "; ")
        case .noRegression:
            row.outcome = .passed
            row.reason = [medians, "not shown worse by more than \(tolerance)% at \(confidence)% confidence (p=\(pText(test.pValue)), \(pairs))"]
                .compactMap { $0 }.joined(separator: "; ")
        }
        return row
    }

    private static func change(from baseline: Double?, to candidate: Double?) -> Double? {
        guard let baseline, let candidate else { return nil }
        let difference = candidate - baseline
        if baseline == 0 { return difference == 0 ? 0 : (difference > 0 ? .infinity : -.infinity) }
        return difference / abs(baseline) * 100
    }

    private static func pText(_ p: Double?) -> String {
        guard let p else { return "–" }
        return p < 0.001 ? "<0.001" : ValueFormat.fixed(p, digits: 3)
    }
}
