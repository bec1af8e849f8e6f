import ServiceLifecycle

extension RedisConnectionPool: Service {
    /// Keeps the pool alive for the life of a `ServiceGroup` and shuts it down on graceful
    /// shutdown or cancellation, so the server's lifecycle closes Redis connections in order.
    public func run() async throws {
        try? await gracefulShutdown()
        shutdown()
    }
}
