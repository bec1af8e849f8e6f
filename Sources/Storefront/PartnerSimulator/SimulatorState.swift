import Foundation
import Synchronization

/// The simulator's shared state: the current knobs, how many calls each partner received, and the
/// payment each idempotency key produced (a repeated key replays it, as a real gateway does).
public final class SimulatorState: Sendable {
    private struct Values {
        var knobs: SimulatorKnobs
        var requests: [Partner: Int] = [:]
        var payments: [String: String] = [:]
    }

    private let values: Mutex<Values>

    /// Creates the state with `knobs`.
    public init(knobs: SimulatorKnobs) {
        values = Mutex(Values(knobs: knobs))
    }

    /// The current knobs.
    public var knobs: SimulatorKnobs { values.withLock { $0.knobs } }

    /// Replaces the knobs.
    public func setKnobs(_ knobs: SimulatorKnobs) {
        values.withLock { $0.knobs = knobs }
    }

    /// Calls `partner` received so far, including failed ones.
    public func requestCount(_ partner: Partner) -> Int {
        values.withLock { $0.requests[partner, default: 0] }
    }

    /// Calls received by both partners.
    public var totalRequests: Int { values.withLock { $0.requests.values.reduce(0, +) } }

    /// Distinct idempotency keys that produced a payment.
    public var distinctPayments: Int { values.withLock { $0.payments.count } }

    /// Counts a call to `partner` and returns the knobs to apply to it.
    func recordRequest(to partner: Partner) -> SimulatorKnobs {
        values.withLock {
            $0.requests[partner, default: 0] += 1
            return $0.knobs
        }
    }

    /// The payment id for `key`, and whether it already existed.
    func payment(forKey key: String) -> (id: String, replayed: Bool) {
        values.withLock {
            if let id = $0.payments[key] { return (id, true) }
            let id = "pay_" + UUID().uuidString.lowercased()
            $0.payments[key] = id
            return (id, false)
        }
    }
}
