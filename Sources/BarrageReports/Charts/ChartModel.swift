/// An axis' caption and tick format; the caption carries the unit ("latency (ms)") so charts are legible
/// when printed without the surrounding text.
struct AxisSpec: Sendable, Equatable {
    var label: String
    var format: TickFormat
}

/// Which vertical axis a series is measured against.
enum AxisSide: Sendable, Equatable {
    case left
    case right
}

/// One line of a chart; `nil` values leave a gap (a second without requests has no latency).
struct ChartSeries: Sendable, Equatable {
    var name: String
    var color: String
    var points: [ChartPoint]
    var axis: AxisSide = .left
    var isDashed = false
    var showsMarkers = false
}

/// One data point; ``label`` is printed beside its marker (stage names on the capacity chart).
struct ChartPoint: Sendable, Equatable {
    var x: Double
    var y: Double?
    var label: String?
}

/// A shaded span of the x axis: a stage.
struct ChartBand: Sendable, Equatable {
    var start: Double
    var end: Double
    var label: String
}

/// A horizontal reference line on the left axis: a threshold's bound.
struct ChartRule: Sendable, Equatable {
    var value: Double
    var label: String
    var color: String
}

/// One bar of a bar chart.
struct ChartBar: Sendable, Equatable {
    var label: String
    var value: Double
}
