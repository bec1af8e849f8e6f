import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import Storefront

/// The partner simulator running in-process on a free loopback port, for tests that need real HTTP.
struct LiveSimulator: Sendable {
    let simulator: PartnerSimulator
    let url: String

    /// Runs a simulator with `knobs` (no latency by default) for the duration of `body`.
    static func run<Result: Sendable>(
        _ knobs: SimulatorKnobs = SimulatorKnobs(latencyMilliseconds: 0),
        _ body: @Sendable (LiveSimulator) async throws -> Result
    ) async throws -> Result {
        let simulator = PartnerSimulator(knobs: knobs)
        let app = simulator.makeApplication(port: 0, logger: Logger(label: "partners") { _ in SwiftLogNoOpLogHandler() })
        return try await app.test(.live) { client in
            let port = try #require(client.port)
            return try await body(LiveSimulator(simulator: simulator, url: "http://127.0.0.1:\(port)"))
        }
    }

    /// Makes the partners fail (`1`) or recover (`0`).
    func set(failureRate: Double) {
        simulator.state.setKnobs(SimulatorKnobsUpdate(failureRate: failureRate).applied(to: simulator.state.knobs))
    }
}
