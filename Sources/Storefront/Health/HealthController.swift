import Hummingbird
import Logging
import PostgresNIO
import RedisWire

/// Liveness (the process answers) and readiness (PostgreSQL and Redis each probed within a second), for
/// load balancers and orchestrators.
struct HealthController: Sendable {
    let client: PostgresClient
    let redis: RedisGuard
    let logger: Logger
    var readinessTimeout: Duration = .seconds(1)

    struct Liveness: ResponseEncodable, Decodable, Sendable {
        var status: String
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("health/live", use: live)
        router.get("health/ready", use: ready)
    }

    @Sendable func live(_ request: Request, context: AppRequestContext) async throws -> Liveness {
        Liveness(status: "ok")
    }

    @Sendable func ready(_ request: Request, context: AppRequestContext) async throws -> EditedResponse<ReadinessReport> {
        async let postgres = answers { [client, logger] in
            for try await _ in try await client.query("SELECT 1", logger: logger) {}
        }
        async let redis = answers { [redis] in
            guard await redis.call("readiness ping", { pool throws(RedisError) in try await pool.ping() }) != nil else {
                throw RedisError.connectionClosed(reason: "no answer")
            }
        }
        let report = ReadinessReport(postgresAnswers: await postgres, redisAnswers: await redis)
        return EditedResponse(status: report.httpStatus, response: report)
    }

    /// Whether `probe` finishes without error within the readiness timeout.
    private func answers(_ probe: @escaping @Sendable () async throws -> Void) async -> Bool {
        let timeout = readinessTimeout
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await probe()
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}

extension ReadinessReport: ResponseEncodable {}
