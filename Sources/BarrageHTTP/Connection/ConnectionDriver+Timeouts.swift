import NIOCore

extension ConnectionDriver {
    /// Makes sure a timer will fire no later than `deadline`.
    func armTimeout(for deadline: NIODeadline) {
        guard let scheduleAt = timeouts.arm(for: deadline) else { return }
        schedule(at: scheduleAt)
    }

    /// A timer fired; expire the exchange in flight if it is past its deadline.
    func timerFired(scheduledFor deadline: NIODeadline) {
        switch timeouts.fired(scheduledFor: deadline, now: .now(), inFlightDeadline: exchange?.deadline) {
        case .ignore:
            break
        case .expire:
            let timeout = exchange?.request.timeout ?? .zero
            finish(failing: HTTPFailure(.timeout, "no complete response within \(timeout)"))
            closeLink()
        case .reschedule(let next):
            schedule(at: next)
        }
    }

    private func schedule(at deadline: NIODeadline) {
        // Scheduling only fails while the loop shuts down, which ends the exchange anyway.
        _ = try? eventLoop.assumeIsolated().scheduleCallback(
            at: deadline, handler: TimeoutTimer(driver: self, deadline: deadline))
    }
}

/// The timer callback: carries its own deadline so superseded timers can be told apart.
struct TimeoutTimer: NIOScheduledCallbackHandler {
    let driver: ConnectionDriver
    let deadline: NIODeadline

    func handleScheduledCallback(eventLoop: some EventLoop) {
        driver.timerFired(scheduledFor: deadline)
    }
}
