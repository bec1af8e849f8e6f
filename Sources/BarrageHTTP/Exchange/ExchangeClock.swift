import NIOCore

/// Monotonic timestamps of one exchange's milestones, turned into k6's phases at the
/// end. Zero means "not reached", so a failed exchange still reports the phases it
/// got through, and the in-progress phase runs until the end.
struct ExchangeClock {
    /// When `execute` was called.
    var entered: UInt64
    var connectStarted: UInt64 = 0
    var connected: UInt64 = 0
    var tlsStarted: UInt64 = 0
    var tlsCompleted: UInt64 = 0
    var writeStarted: UInt64 = 0
    var written: UInt64 = 0
    var firstByte: UInt64 = 0

    /// Starts the clock at `entered` (uptime nanoseconds).
    init(entered: UInt64) {
        self.entered = entered
    }

    /// The current monotonic time in nanoseconds (one `clock_gettime`).
    @inline(__always)
    static func now() -> UInt64 {
        NIODeadline.now().uptimeNanoseconds
    }

    /// Forgets a failed connection attempt before retrying; its time becomes `blocked`.
    mutating func restartConnection() {
        self = ExchangeClock(entered: entered)
    }

    /// The phases, with the exchange ending at `end`.
    func timings(endingAt end: UInt64) -> HTTPTimings {
        let requestStarted = connectStarted != 0 ? connectStarted : (writeStarted != 0 ? writeStarted : end)
        return HTTPTimings(
            blocked: Self.span(entered, requestStarted),
            connecting: Self.span(connectStarted, connected, end: end),
            tlsHandshaking: Self.span(tlsStarted, tlsCompleted, end: end),
            sending: Self.span(writeStarted, written, end: end),
            waiting: Self.span(written, firstByte, end: end),
            receiving: Self.span(firstByte, end, end: end)
        )
    }

    /// `to - from`, where an unreached `to` means the phase ran until `end` and an
    /// unreached `from` means the phase never started.
    private static func span(_ from: UInt64, _ to: UInt64, end: UInt64) -> UInt64 {
        guard from != 0 else { return 0 }
        return span(from, to != 0 ? to : end)
    }

    private static func span(_ from: UInt64, _ to: UInt64) -> UInt64 {
        to > from ? to - from : 0
    }
}
