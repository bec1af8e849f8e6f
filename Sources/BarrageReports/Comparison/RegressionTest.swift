/// The decision `barrage compare` takes for one metric: is the candidate worse than the baseline by more
/// than the tolerance, with the stated confidence? A pure value over two runs' per-second values.
///
/// The runs are paired second by second (same scenario, same schedule: second *i* of both carried the same
/// offered load, also in a ramp). Each pair's difference is taken after moving the candidate by the margin
/// towards "better" — the tolerance as a share of that second's baseline value, or the metric's noise floor,
/// whichever is larger — and a one-sided Wilcoxon signed-rank test asks whether those differences are still
/// positive ("worse") with p below `1 − confidence`. So a difference must be both significant and larger
/// than the tolerance, and one slow second (a hiccup of a busy machine) cannot fail a comparison.
struct RegressionTest: Sendable, Equatable {
    /// The outcome.
    enum Verdict: Sendable, Equatable {
        /// Worse beyond the margin with the required confidence.
        case regression
        /// Not shown to be worse beyond the margin.
        case noRegression
        /// Fewer paired seconds than ``minimumSeconds``.
        case tooFewSamples
    }

    /// Paired seconds needed before the test can decide: with seven pairs all worse, p = 1/128 = 0.008,
    /// inside 99 % confidence; six could never get there.
    static let minimumSeconds = 7

    /// What was decided.
    var verdict: Verdict
    /// The one-sided p-value of "worse by more than the margin"; `nil` when there were too few pairs.
    var pValue: Double?
    /// How many seconds had a value in both runs.
    var pairs: Int
    /// Median per-second values over the paired seconds, baseline then candidate; `nil` without pairs.
    var baselineMedian: Double?
    var candidateMedian: Double?

    /// Tests `candidate` against `baseline`, both keyed by second of the run.
    init(
        baseline: [Int: Double], candidate: [Int: Double], higherIsBetter: Bool, tolerancePercent: Double,
        noiseFloor: Double, confidence: Double
    ) {
        let seconds = baseline.keys.filter { candidate[$0] != nil }.sorted()
        pairs = seconds.count
        baselineMedian = Self.median(seconds.compactMap { baseline[$0] })
        candidateMedian = Self.median(seconds.compactMap { candidate[$0] })
        guard seconds.count >= Self.minimumSeconds else {
            verdict = .tooFewSamples
            pValue = nil
            return
        }
        // "Worse" is larger for latency and failures, smaller for throughput and checks.
        let sign = higherIsBetter ? -1.0 : 1.0
        let differences = seconds.map { second -> Double in
            let base = baseline[second]!
            let margin = Swift.max(noiseFloor, abs(base) * tolerancePercent / 100)
            return sign * (candidate[second]! - base) - margin
        }
        let p = SignedRankTest.pValuePositive(differences)
        pValue = p
        verdict = p < 1 - confidence ? .regression : .noRegression
    }

    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}
