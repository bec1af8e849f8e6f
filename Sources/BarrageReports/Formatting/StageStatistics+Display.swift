import BarrageCore

extension StageStatistics {
    /// `48.5/s (97%)`: iterations started per second of an arrival-rate stage and their share of the
    /// target; `–` for closed-model stages, where the schedule sets VUs rather than arrivals.
    var achievedLoadText: String {
        guard let achieved = achievedArrivalRate else { return "–" }
        let ratio = achievedRateRatio.map { " (" + ValueFormat.percent($0) + ")" } ?? ""
        return ValueFormat.number(achieved) + "/s" + ratio
    }
}
