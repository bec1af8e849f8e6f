import Foundation

/// The Wilcoxon signed-rank test on paired differences: do the differences tend to be positive, without
/// assuming they are normally distributed? `barrage compare` pairs the two runs second by second (runs of
/// one scenario follow one schedule, so second *i* of both carried the same offered load) and tests
/// whether the candidate is worse beyond the margin.
///
/// Zero differences are dropped (Wilcoxon's rule). Exact for up to ``exactLimit`` pairs without tied
/// magnitudes (the distribution of the rank sum is counted); otherwise the normal approximation with tie
/// and continuity corrections. A pure function with no state.
enum SignedRankTest {
    /// Largest number of non-zero differences for which the exact distribution is counted.
    static let exactLimit = 50

    /// The one-sided p-value of "the differences tend to be positive": the probability, were each
    /// difference's sign a coin toss, of a positive rank sum at least as large as the one observed.
    /// 1 when there is no non-zero difference.
    static func pValuePositive(_ differences: [Double]) -> Double {
        let nonZero = differences.filter { $0 != 0 && $0.isFinite }
        let n = nonZero.count
        guard n > 0 else { return 1 }
        let ordered = nonZero.sorted { abs($0) < abs($1) }
        var ranks = Array(repeating: 0.0, count: n)
        var tieTerm = 0.0
        var index = 0
        while index < n {
            var end = index + 1
            while end < n, abs(ordered[end]) == abs(ordered[index]) { end += 1 }
            let midrank = Double(index + end + 1) / 2
            for position in index..<end { ranks[position] = midrank }
            let tied = Double(end - index)
            tieTerm += tied * tied * tied - tied
            index = end
        }
        let positiveSum = zip(ordered, ranks).reduce(0.0) { $0 + ($1.0 > 0 ? $1.1 : 0) }
        if tieTerm == 0, n <= exactLimit {
            return exactUpperTail(Int(positiveSum.rounded()), n: n)
        }
        let count = Double(n)
        let mean = count * (count + 1) / 4
        let variance = count * (count + 1) * (2 * count + 1) / 24 - tieTerm / 48
        guard variance > 0 else { return positiveSum > mean ? 0 : 1 }
        let z = (positiveSum - mean - 0.5) / variance.squareRoot()
        return 0.5 * erfc(z / 2.0.squareRoot())
    }

    /// P(W⁺ ≥ w) with ranks 1…n each positive with probability ½: the share of the 2ⁿ sign patterns whose
    /// positive ranks sum to at least `w`.
    private static func exactUpperTail(_ w: Int, n: Int) -> Double {
        let maxSum = n * (n + 1) / 2
        var ways = Array(repeating: 0.0, count: maxSum + 1)
        ways[0] = 1
        for rank in 1...n {
            for sum in stride(from: maxSum, through: rank, by: -1) {
                ways[sum] += ways[sum - rank]
            }
        }
        let tail = ways[Swift.min(Swift.max(w, 0), maxSum)...].reduce(0, +)
        return tail / pow(2, Double(n))
    }
}
