/// A line chart over time or any numeric x: series against one or two vertical axes, shaded stage bands
/// and threshold lines. A plain value; ``svg(id:)`` draws it.
struct LineChart: Sendable, Equatable {
    var title: String
    var xAxis: AxisSpec
    var leftAxis: AxisSpec
    var rightAxis: AxisSpec?
    var series: [ChartSeries]
    var bands: [ChartBand] = []
    var rules: [ChartRule] = []
    /// Caps the left axis so one outlier (the max line) does not flatten everything else; lines above
    /// are clipped and a note says so.
    var leftCeiling: Double?
    /// Forces the x axis to cover at least this range (a run's full length even if the tail is quiet).
    var xDomain: ClosedRange<Double>?

    /// Whether any series has a value to draw.
    var hasData: Bool {
        series.contains { $0.points.contains { $0.y != nil } }
    }

    /// The horizontal axis: every point, band and the forced domain, from zero.
    func xScale() -> AxisScale {
        let xs = series.flatMap { $0.points.map(\.x) } + bands.flatMap { [$0.start, $0.end] }
        let low = Swift.max(Swift.min(xDomain?.lowerBound ?? .infinity, xs.min() ?? 0), 0)
        let high = Swift.max(xDomain?.upperBound ?? -.infinity, xs.max() ?? 1)
        if xAxis.format == .clock {
            return Self.clockScale(from: low, to: high)
        }
        return AxisScale(minimum: low, maximum: high, tickCount: 8)
    }

    /// A vertical axis from zero to the largest value on that side (and, on the left, every threshold
    /// line), capped by ``leftCeiling``.
    func yScale(_ side: AxisSide) -> AxisScale {
        let values = series.filter { $0.axis == side }.flatMap { $0.points.compactMap(\.y) }
        var maximum = values.max() ?? 1
        if side == .left {
            maximum = Swift.max(maximum, rules.map(\.value).max() ?? 0)
            if let leftCeiling { maximum = Swift.min(maximum, leftCeiling) }
        }
        return AxisScale(minimum: 0, maximum: Swift.max(maximum, side == .left && leftAxis.format == .percent ? 0.01 : 1))
    }

    /// Whether the ceiling cut off part of a line.
    var isClipped: Bool {
        guard leftCeiling != nil else { return false }
        let values = series.filter { $0.axis == .left }.flatMap { $0.points.compactMap(\.y) }
        return (values.max() ?? 0) > yScale(.left).upper
    }

    /// Time ticks on round clock steps (10 s, 30 s, 1 min, 5 min, …) rather than round decimals.
    private static func clockScale(from start: Double, to end: Double) -> AxisScale {
        let span = Swift.max(end - start, 1)
        let steps: [Double] = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400]
        let step = steps.first { span / $0 <= 8 } ?? 86400
        var scale = AxisScale(minimum: start, maximum: end, tickCount: 2)
        scale.lower = (start / step).rounded(.down) * step
        scale.upper = Swift.max((end / step).rounded(.up) * step, scale.lower + step)
        scale.ticks = stride(from: scale.lower, through: scale.upper + step / 2, by: step).map { $0 }
        return scale
    }
}
