import Foundation

/// A chart axis with round tick values (0, 250, 500, …) covering a data range, so readers can read values
/// off the chart; also used to pick round bucket widths for the latency distribution.
struct AxisScale: Sendable, Equatable {
    /// The axis' lowest value.
    var lower: Double
    /// The axis' highest value.
    var upper: Double
    /// The values at which ticks and grid lines are drawn, ascending, from ``lower`` to ``upper``.
    var ticks: [Double]

    /// An axis from `minimum` (clamped to at most 0 when `includesZero`) to a round value at or above
    /// `maximum`, with about `tickCount` ticks.
    init(minimum: Double, maximum: Double, tickCount: Int = 5, includesZero: Bool = true) {
        var low = includesZero ? Swift.min(0, minimum) : minimum
        var high = maximum
        if !low.isFinite || !high.isFinite { (low, high) = (0, 1) }
        if high <= low { high = low + 1 }
        let step = Self.roundStep(for: (high - low) / Double(Swift.max(tickCount - 1, 1)))
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var index = 0.0
        while first + index * step <= last + step / 2 {
            ticks.append(first + index * step)
            index += 1
        }
        self.lower = first
        self.upper = last
        self.ticks = ticks
    }

    /// The smallest of 1, 2, 2.5 or 5 × 10ⁿ at or above `rough`: steps a person counts in.
    static func roundStep(for rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        let exponent = (log10(rough)).rounded(.down)
        let magnitude = pow(10, exponent)
        let fraction = rough / magnitude
        let nice: Double =
            switch fraction {
            case ...1: 1
            case ...2: 2
            case ...2.5: 2.5
            case ...5: 5
            default: 10
            }
        return nice * magnitude
    }

    /// Where `value` falls between `start` (at ``lower``) and `end` (at ``upper``), e.g. an SVG coordinate.
    func position(of value: Double, from start: Double, to end: Double) -> Double {
        let share = (value - lower) / (upper - lower)
        return start + share * (end - start)
    }
}
