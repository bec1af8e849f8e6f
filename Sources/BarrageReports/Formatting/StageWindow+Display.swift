import BarrageCore

extension StageWindow {
    /// `S3`: the stage's number within its scenario, as charts and tables label it.
    var shortName: String {
        "S\(index + 1)"
    }

    /// The load the stage asks for: `100 vus`, or `0 → 100 vus` for a ramp.
    var offeredLoadText: String {
        let unit = " " + self.unit
        if fromTarget == toTarget {
            return ValueFormat.number(toTarget) + unit
        }
        return ValueFormat.number(fromTarget) + " → " + ValueFormat.number(toTarget) + unit
    }

    /// The stage's place on the run's clock: `0:30–1:30`.
    var clockRange: String {
        ValueFormat.clock(seconds: start.seconds) + "–" + ValueFormat.clock(seconds: end.seconds)
    }
}
