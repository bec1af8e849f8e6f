/// The six k6 executors with their options. Closed-model executors (`constantVUs`, `rampingVUs`,
/// the iteration counts) start a new iteration when a VU finishes the last one; open-model executors
/// (the arrival rates) start iterations on a clock whatever the server does.
public enum Executor: Sendable, Equatable {
    /// A fixed number of VUs looping for a duration.
    case constantVUs(vus: Int, duration: Duration)
    /// A VU count interpolated linearly through stages.
    case rampingVUs(startVUs: Int, stages: [Stage], gracefulRampDown: Duration)
    /// A fixed number of iteration starts per `timeUnit`.
    case constantArrivalRate(ArrivalRateOptions, rate: Double, duration: Duration)
    /// An iteration start rate interpolated linearly through stages.
    case rampingArrivalRate(ArrivalRateOptions, startRate: Double, stages: [Stage])
    /// Every VU runs exactly `iterations` iterations.
    case perVUIterations(vus: Int, iterations: Int, maxDuration: Duration)
    /// `iterations` iterations shared out among `vus` VUs, first come first served.
    case sharedIterations(vus: Int, iterations: Int, maxDuration: Duration)

    /// The k6 name of the executor, as written in scenario files.
    public var kind: String {
        switch self {
        case .constantVUs: "constant-vus"
        case .rampingVUs: "ramping-vus"
        case .constantArrivalRate: "constant-arrival-rate"
        case .rampingArrivalRate: "ramping-arrival-rate"
        case .perVUIterations: "per-vu-iterations"
        case .sharedIterations: "shared-iterations"
        }
    }

    /// Whether iterations start on a clock (open model) rather than when a VU is free.
    public var isArrivalRate: Bool {
        switch self {
        case .constantArrivalRate, .rampingArrivalRate: true
        default: false
        }
    }
}

/// Options shared by both arrival-rate executors.
public struct ArrivalRateOptions: Sendable, Equatable {
    /// The period the rate is counted over (`rate: 50, timeUnit: 1m` is 50 per minute).
    public var timeUnit: Duration
    /// VUs created before the run starts.
    public var preAllocatedVUs: Int
    /// Upper bound of VUs; more are created on demand up to it, after which starts are dropped.
    public var maxVUs: Int

    public init(timeUnit: Duration = .seconds(1), preAllocatedVUs: Int, maxVUs: Int) {
        self.timeUnit = timeUnit
        self.preAllocatedVUs = preAllocatedVUs
        self.maxVUs = maxVUs
    }
}

/// One step of a ramp: move linearly to `target` over `duration`.
public struct Stage: Sendable, Equatable {
    public var duration: Duration
    /// VUs for `ramping-vus`, iterations per time unit for `ramping-arrival-rate`.
    public var target: Double

    public init(duration: Duration, target: Double) {
        self.duration = duration
        self.target = target
    }
}
