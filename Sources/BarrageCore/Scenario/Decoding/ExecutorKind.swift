/// The six k6 executor names and the options each accepts, so a key that belongs to another
/// executor is reported as such (k6 rejects it too).
enum ExecutorKind: String, CaseIterable {
    case constantVUs = "constant-vus"
    case rampingVUs = "ramping-vus"
    case constantArrivalRate = "constant-arrival-rate"
    case rampingArrivalRate = "ramping-arrival-rate"
    case perVUIterations = "per-vu-iterations"
    case sharedIterations = "shared-iterations"

    /// Keys every scenario accepts whatever its executor.
    static let commonKeys = ["executor", "startTime", "gracefulStop", "tags", "flow", "flows", "pace"]

    /// Options specific to this executor.
    var optionKeys: [String] {
        switch self {
        case .constantVUs: ["vus", "duration"]
        case .rampingVUs: ["startVUs", "stages", "gracefulRampDown"]
        case .constantArrivalRate: ["rate", "timeUnit", "duration", "preAllocatedVUs", "maxVUs"]
        case .rampingArrivalRate: ["startRate", "timeUnit", "stages", "preAllocatedVUs", "maxVUs"]
        case .perVUIterations, .sharedIterations: ["vus", "iterations", "maxDuration"]
        }
    }

    /// Every option of any executor.
    static var allOptionKeys: [String] {
        var keys: [String] = []
        for kind in allCases { keys += kind.optionKeys.filter { !keys.contains($0) } }
        return keys
    }
}
