/// Picks one of several weighted options from a uniform draw: the flow of an iteration. Pure, so
/// the weighting is tested without a run.
struct WeightedChoice: Sendable {
    /// Running totals of the weights, normalised to end at 1.
    private let thresholds: [Double]

    init(weights: [Double]) {
        let total = weights.reduce(0, +)
        var running = 0.0
        self.thresholds = weights.map { weight in
            running += weight
            return total > 0 ? running / total : 1
        }
    }

    /// The index chosen by `unit`, a uniform value in [0, 1).
    func pick(_ unit: Double) -> Int {
        thresholds.firstIndex { unit < $0 } ?? max(0, thresholds.count - 1)
    }
}
