/// The share of an ``ArrivalRateSchedule`` that one of `lanes` event loops starts: iterations
/// `lane`, `lane + lanes`, `lane + 2·lanes`, … So the lanes together start every iteration of the
/// schedule exactly once, each at its own intended time, and every loop's share is spread evenly
/// over the schedule instead of arriving in bursts.
///
/// A value without clocks: the runner asks it which starts are due by an elapsed time and when the
/// next one is, and arms one timer for that.
public struct ArrivalLaneCursor: Sendable, Equatable {
    /// One start the lane is to make.
    public struct Start: Sendable, Equatable {
        /// The iteration's number in the whole schedule (from zero).
        public var iteration: Int
        /// Its intended start, from the start of the scenario.
        public var offset: Duration
    }

    public let schedule: ArrivalRateSchedule
    public let lane: Int
    public let lanes: Int
    /// The next start this lane makes, or nil when its share is used up.
    public private(set) var next: Start?

    /// The cursor of lane `lane` (from zero) of `lanes`.
    public init(schedule: ArrivalRateSchedule, lane: Int, of lanes: Int) {
        precondition(lanes > 0 && (0..<lanes).contains(lane), "lane \(lane) of \(lanes)")
        self.schedule = schedule
        self.lane = lane
        self.lanes = lanes
        self.next = Self.start(lane, in: schedule)
    }

    /// Takes the next start if it is due by `elapsed` (time since the scenario's start).
    public mutating func takeDue(by elapsed: Duration) -> Start? {
        guard let due = next, due.offset <= elapsed else { return nil }
        next = Self.start(due.iteration + lanes, in: schedule)
        return due
    }

    /// Gives up the rest of the share, e.g. when the run stops early.
    public mutating func end() {
        next = nil
    }

    private static func start(_ iteration: Int, in schedule: ArrivalRateSchedule) -> Start? {
        schedule.startTime(ofIteration: iteration).map { Start(iteration: iteration, offset: $0) }
    }
}
