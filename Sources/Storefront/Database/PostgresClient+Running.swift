import PostgresNIO

extension PostgresClient {
    /// Runs the pool just for the duration of `body`, for one-shot commands (`migrate`, `seed`) and tests
    /// that are not inside a service group.
    func whileRunning<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.run() }
            defer { group.cancelAll() }
            return try await body()
        }
    }
}
