extension RunComparison {
    /// The closing verdict every rendering shows: a regression, an undecided gate, or a pass, with the
    /// tolerance and confidence it was decided at.
    public var verdictText: String {
        let tolerance = ValueFormat.trimmed(tolerancePercent, digits: 2)
        let confidence = ValueFormat.trimmed(confidencePercent, digits: 2)
        if hasRegression {
            let count = rows.filter(\.isRegression).count
            return "\(count) regression(s) beyond the \(tolerance)% tolerance at \(confidence)% confidence"
        }
        if !undecided.isEmpty {
            return "undecided: \(undecided.count) figure(s) had too few seconds to test; run longer"
        }
        return "no regression beyond the \(tolerance)% tolerance at \(confidence)% confidence"
    }
}
