/// The VU count of a `ramping-vus` scenario over time.
///
/// Within a stage the count follows the straight line from the previous target to the stage's
/// target, as k6 does: on the way up VU *n* starts when the line reaches *n*; on the way down it
/// stops when the line falls to *n − 1*. The schedule is a plain value, so the runner only asks it
/// what the count should be and when it changes next.
public struct RampingVUsSchedule: Sendable, Equatable {
    /// VUs at time zero.
    public let startVUs: Int
    public let stages: [Stage]

    public init(startVUs: Int, stages: [Stage]) {
        self.startVUs = startVUs
        self.stages = stages
    }

    /// The length of all stages together.
    public var totalDuration: Duration {
        stages.reduce(.zero) { $0 + $1.duration }
    }

    /// The highest VU count the schedule ever asks for; the runner allocates this many.
    public var maxVUs: Int {
        stages.reduce(startVUs) { Swift.max($0, Int($1.target)) }
    }

    /// The number of VUs that should be running at `time` after the scenario's start.
    public func target(at time: Duration) -> Int {
        var stageStart = Duration.zero
        var from = Double(startVUs)
        for stage in stages {
            let stageEnd = stageStart + stage.duration
            if time < stageEnd {
                let progress = stage.duration == .zero ? 1 : (time - stageStart).seconds / stage.duration.seconds
                let value = from + (stage.target - from) * progress
                return stage.target >= from ? Int(value.rounded(.down)) : Int(value.rounded(.up))
            }
            from = stage.target
            stageStart = stageEnd
        }
        return Int(from)
    }

    /// Every moment the VU count changes, in order, with the count from that moment on.
    /// The first entry is at zero with `startVUs`.
    public func changes() -> [(time: Duration, vus: Int)] {
        var result: [(time: Duration, vus: Int)] = [(.zero, startVUs)]
        var stageStart = Duration.zero
        var from = Double(startVUs)
        for stage in stages {
            let seconds = stage.duration.seconds
            let to = stage.target
            if to > from {
                var next = Int(from.rounded(.down)) + 1
                while Double(next) <= to {
                    let offset = seconds * (Double(next) - from) / (to - from)
                    result.append((stageStart + .seconds(fractional: offset), next))
                    next += 1
                }
            } else if to < from {
                var next = Int(from.rounded(.up)) - 1
                while Double(next) >= to {
                    let offset = seconds * (from - Double(next)) / (from - to)
                    result.append((stageStart + .seconds(fractional: offset), next))
                    next -= 1
                }
            }
            from = to
            stageStart += stage.duration
        }
        return result
    }
}
