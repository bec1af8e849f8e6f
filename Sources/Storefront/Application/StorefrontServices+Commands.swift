extension StorefrontServices {
    /// Runs `body` with the pool running, for the one-shot `migrate` and `seed` commands.
    public func withRunningDatabase<Result: Sendable>(_ body: @Sendable (StorefrontServices) async throws -> Result) async throws -> Result {
        try await postgres.whileRunning { try await body(self) }
    }
}
