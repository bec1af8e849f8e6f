import Logging
import PostgresNIO

extension PostgresClient {
    /// Runs `body` in a transaction and rethrows the body's own error (not PostgresNIO's wrapper), so typed
    /// `APIError`s thrown inside a transaction reach the client unchanged.
    func transaction<Result>(
        logger: Logger,
        isolation: isolated (any Actor)? = #isolation,
        _ body: (PostgresConnection) async throws -> sending Result
    ) async throws -> sending Result {
        do {
            return try await withTransaction(logger: logger, isolation: isolation, body)
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.commitError ?? error.beginError ?? error
        }
    }
}
