import NIOCore

/// Decides when a connection needs a timer for request timeouts. Scheduling and
/// cancelling a timer per request would cost a heap operation each; instead one lazy
/// timer per connection is re-armed only when it fires early. A request that finishes
/// in 2 ms under a 60 s timeout therefore costs no timer work at all.
struct TimeoutSchedule {
    /// What the connection must do when a timer fires.
    enum FireAction: Equatable {
        /// Stale or idle: nothing to do.
        case ignore
        /// The in-flight request is past its deadline.
        case expire
        /// The in-flight request has a later deadline: schedule a timer for it.
        case reschedule(NIODeadline)
    }

    /// The deadline of the one timer whose firing counts; older timers are superseded.
    private(set) var armedDeadline: NIODeadline?

    /// Called when a request with `deadline` starts. Returns a deadline to schedule a
    /// timer for, or nil when the live timer fires early enough to cover it.
    mutating func arm(for deadline: NIODeadline) -> NIODeadline? {
        if let armedDeadline, armedDeadline <= deadline { return nil }
        armedDeadline = deadline
        return deadline
    }

    /// Called when the timer scheduled for `scheduledFor` fires at `now`, with the
    /// deadline of the request in flight, if any.
    mutating func fired(
        scheduledFor: NIODeadline,
        now: NIODeadline,
        inFlightDeadline: NIODeadline?
    ) -> FireAction {
        guard scheduledFor == armedDeadline else { return .ignore }
        armedDeadline = nil
        guard let inFlightDeadline else { return .ignore }
        if now >= inFlightDeadline { return .expire }
        armedDeadline = inFlightDeadline
        return .reschedule(inFlightDeadline)
    }
}
