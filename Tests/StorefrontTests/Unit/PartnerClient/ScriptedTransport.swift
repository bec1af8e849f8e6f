import Synchronization

@testable import Storefront

/// A partner transport that answers from a script and records what was sent, for testing the client's
/// retry and breaker logic without sockets.
final class ScriptedTransport: PartnerTransport {
    private let state: Mutex<(script: [PartnerExchange], sent: [PartnerRequest])>
    private let fallback: PartnerExchange

    /// Answers with `script` in order, then with `fallback` forever.
    init(_ script: [PartnerExchange], then fallback: PartnerExchange = .response(PartnerResponse(status: 200))) {
        state = Mutex((script, []))
        self.fallback = fallback
    }

    /// Every attempt sent so far.
    var sent: [PartnerRequest] { state.withLock { $0.sent } }

    func send(_ request: PartnerRequest, timeout: Duration) async -> PartnerExchange {
        state.withLock { state in
            state.sent.append(request)
            return state.script.isEmpty ? fallback : state.script.removeFirst()
        }
    }

    func shutdown() async {}
}

/// Records the waits the client asks for instead of sleeping.
final class RecordedSleeps: Sendable {
    private let delays = Mutex<[Duration]>([])

    var all: [Duration] { delays.withLock { $0 } }

    func sleep(_ duration: Duration) async throws {
        delays.withLock { $0.append(duration) }
    }
}

/// A clock the test moves by hand.
final class ManualClock: Sendable {
    private let offset = Mutex<Duration>(.zero)
    private let start = ContinuousClock.now

    var now: ContinuousClock.Instant { start.advanced(by: offset.withLock { $0 }) }

    func advance(by duration: Duration) {
        offset.withLock { $0 += duration }
    }
}
