extension StageWindow {
    /// The same stage placed `offset` later: stage windows are planned from the start of the load, while
    /// the collector's clock starts before the setup flow, so the runner shifts them by the setup's length
    /// to put stages, the per-second series and the progress line on one clock.
    public func shifted(by offset: Duration) -> StageWindow {
        var window = self
        window.start += offset
        window.end += offset
        return window
    }

    /// Iterations the schedule asks for during this stage: the integral of a linear ramp of the arrival
    /// rate over the stage; `nil` for stages that count VUs rather than arrivals.
    public var scheduledIterations: Double? {
        guard unit == StageWindow.arrivalRateUnit else { return nil }
        return (fromTarget + toTarget) / 2 * (end - start).seconds
    }

    /// The unit of arrival-rate stages' targets.
    public static let arrivalRateUnit = "iterations/s"
}
