import Logging
import PostgresNIO

/// Reads this instance's connection states from `pg_stat_activity` into the pool gauges, just before a
/// scrape renders them. The sampling query's own session counts as in use.
struct DatabasePoolSampler: Sendable {
    let client: PostgresClient
    let applicationName: String
    let metrics: DatabasePoolMetrics
    let logger: Logger

    /// Updates the gauges; leaves them as they were if PostgreSQL does not answer.
    func sample() async {
        do {
            let rows = try await client.query(
                """
                SELECT count(*) FILTER (WHERE state IS DISTINCT FROM 'idle'), count(*) FILTER (WHERE state = 'idle')
                FROM pg_stat_activity WHERE application_name = \(applicationName)
                """,
                logger: logger
            )
            for try await (inUse, idle) in rows.decode((Int, Int).self) {
                metrics.inUse.set(Int64(inUse))
                metrics.idle.set(Int64(idle))
            }
        } catch {
            logger.debug("could not sample the database pool", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
