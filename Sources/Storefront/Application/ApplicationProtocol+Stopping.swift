import Hummingbird
import ServiceLifecycle

extension ApplicationProtocol {
    /// Runs until SIGTERM or SIGINT, then shuts down gracefully for at most `grace` and cancels what is
    /// left, so a stop always stops. Hummingbird's `runService()` waits without a deadline, and after
    /// heavy load PostgresNIO's pool has been seen never to finish its graceful shutdown (every connection
    /// closed, `run()` still waiting); an orchestrator would then have to kill the process.
    public func runUntilStopped(grace: Duration = .seconds(10)) async throws {
        var configuration = ServiceGroupConfiguration(services: [self], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        configuration.maximumGracefulShutdownDuration = grace
        configuration.maximumCancellationDuration = .seconds(5)
        try await ServiceGroup(configuration: configuration).run()
    }
}
