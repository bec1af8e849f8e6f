/// Decides, without I/O, when the outbox dispatcher leases due messages and when it records delivery
/// results, so that deliveries run concurrently (up to `capacity` in flight, each waiting on a partner)
/// while PostgreSQL sees few statements carrying many rows.
///
/// Leasing and recording are each one statement at a time and at most one per `batchWindow`. Under a
/// trickle every wake-up leases at once; under load, messages and results pile up for a window and go in
/// one statement: at 1,000 messages/s and a 20 ms window, about 20 per statement. A lease does not wait for
/// the previous batch's deliveries (only for free capacity), so one slow partner call holds up one slot,
/// not the messages behind it. The dispatcher feeds events in and performs the actions `next(now:)` names.
struct OutboxPump: Sendable {
    /// Limits the pump works within.
    struct Settings: Sendable, Equatable {
        /// Most deliveries in flight at once (and so the most messages one lease asks for).
        var capacity = 64
        /// Shortest time between two leases, and between two records, while work keeps arriving.
        var batchWindow: Duration = .milliseconds(20)
    }

    /// What the I/O layer is to do now.
    enum Action: Sendable, Equatable {
        /// Lease up to `limit` due messages and start delivering them.
        case lease(limit: Int)
        /// Record every delivery result not yet recorded, in one statement.
        case record
        /// Call `next` again at this instant (a window is closed until then).
        case recheck(at: ContinuousClock.Instant)
    }

    let settings: Settings
    /// Leased messages whose delivery has not finished.
    private(set) var inFlight = 0
    /// Finished deliveries whose results are not recorded yet (including those being recorded).
    private(set) var unrecorded = 0
    private var leasing = false
    private var recording = false
    /// Whether messages may be waiting: a wake-up came, or the last lease filled its limit. False at
    /// first: the dispatcher wakes the pump once it exists and listens for rings.
    private var due = false
    private var lastLease: ContinuousClock.Instant?
    private var lastRecord: ContinuousClock.Instant?
    private var recordingCount = 0
    private var stopping = false

    init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Messages may be due: one was written (a notification), or the fallback poll ticked.
    mutating func wake() {
        due = true
    }

    /// A lease that asked for `limit` returned `count` messages, now being delivered.
    mutating func leased(_ count: Int, limit: Int) {
        leasing = false
        inFlight += count
        if count == limit { due = true }
    }

    /// The lease statement failed (PostgreSQL is down, say): the next wake-up tries again.
    mutating func leaseFailed() {
        leasing = false
    }

    /// One delivery finished; its result waits to be recorded.
    mutating func delivered() {
        inFlight -= 1
        unrecorded += 1
    }

    /// The record statement stored the results it was given.
    mutating func recorded() {
        recording = false
        unrecorded -= recordingCount
        recordingCount = 0
    }

    /// The record statement failed; its results stay unrecorded and go with the next one.
    mutating func recordFailed() {
        recording = false
        recordingCount = 0
    }

    /// Graceful shutdown: lease nothing more, finish and record what is in flight.
    mutating func stop() {
        stopping = true
    }

    /// Whether everything leased has been delivered and recorded after `stop()`.
    var isFinished: Bool {
        stopping && inFlight == 0 && unrecorded == 0 && !leasing && !recording
    }

    /// The actions to start at `now`; every action returned is taken to have started.
    mutating func next(now: ContinuousClock.Instant) -> [Action] {
        var actions: [Action] = []
        var recheck: ContinuousClock.Instant?
        if !recording, unrecorded > 0 {
            if stopping || windowOpen(since: lastRecord, now: now) {
                recording = true
                recordingCount = unrecorded
                lastRecord = now
                actions.append(.record)
            } else {
                recheck = lastRecord.map { $0 + settings.batchWindow }
            }
        }
        if !stopping, !leasing, due, inFlight < settings.capacity {
            if windowOpen(since: lastLease, now: now) {
                leasing = true
                due = false
                lastLease = now
                actions.append(.lease(limit: settings.capacity - inFlight))
            } else if let opens = lastLease.map({ $0 + settings.batchWindow }) {
                recheck = min(recheck ?? opens, opens)
            }
        }
        if let recheck { actions.append(.recheck(at: recheck)) }
        return actions
    }

    private func windowOpen(since last: ContinuousClock.Instant?, now: ContinuousClock.Instant) -> Bool {
        guard let last else { return true }
        return now - last >= settings.batchWindow
    }
}
