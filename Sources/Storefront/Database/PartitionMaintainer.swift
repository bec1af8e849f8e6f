import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle

/// Keeps monthly `orders` partitions created ahead of time: once before the server accepts requests and
/// then periodically while it runs, so an insert never finds its month missing.
struct PartitionMaintainer: Service {
    let client: PostgresClient
    let monthsAhead: Int
    let logger: Logger
    var interval: Duration = .seconds(6 * 3600)

    /// Creates any missing partition of the plan for `now`; returns the names it created.
    @discardableResult
    func ensurePartitions(now: Date = Date()) async throws -> [String] {
        var created: [String] = []
        for partition in PartitionPlan(now: now, monthsAhead: monthsAhead).partitions {
            let rows = try await client.query("SELECT to_regclass(\(partition.name))::text", logger: logger)
            var exists = false
            for try await name in rows.decode(String?.self) where name != nil { exists = true }
            if exists { continue }
            let from = Self.literal(partition.from)
            let to = Self.literal(partition.to)
            // Identifiers and bounds cannot be bind parameters in DDL; both come from PartitionPlan, not input.
            do {
                try await client.query(
                    PostgresQuery(
                        unsafeSQL: """
                            CREATE TABLE IF NOT EXISTS \(partition.name) PARTITION OF orders
                            FOR VALUES FROM ('\(from)') TO ('\(to)')
                            """
                    ),
                    logger: logger
                )
            } catch  where error.isUniqueViolation {
                continue  // another instance created it at the same moment
            }
            logger.info("Created orders partition", metadata: ["partition": "\(partition.name)"])
            created.append(partition.name)
        }
        return created
    }

    /// Re-checks the plan every `interval` until graceful shutdown.
    func run() async throws {
        await cancelWhenGracefulShutdown {
            while true {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { return }
                do {
                    try await ensurePartitions()
                } catch {
                    logger.error("Could not create orders partitions", metadata: ["error": "\(String(reflecting: error))"])
                }
            }
        }
    }

    private static func literal(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
