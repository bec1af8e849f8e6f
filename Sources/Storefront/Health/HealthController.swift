import Hummingbird
import Logging
import PostgresNIO

/// Liveness (the process answers) and readiness (the database answers within a second), for load
/// balancers and orchestrators.
struct HealthController: Sendable {
    let client: PostgresClient
    let logger: Logger
    var readinessTimeout: Duration = .seconds(1)

    struct Status: ResponseEncodable, Decodable, Sendable {
        var status: String
        var checks: [String: String]?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("health/live", use: live)
        router.get("health/ready", use: ready)
    }

    @Sendable func live(_ request: Request, context: AppRequestContext) async throws -> Status {
        Status(status: "ok")
    }

    @Sendable func ready(_ request: Request, context: AppRequestContext) async throws -> Status {
        guard await databaseAnswers() else {
            throw APIError(.serviceUnavailable, "The database is not reachable.", details: [ErrorDetail(field: "database", issue: "unreachable")])
        }
        return Status(status: "ok", checks: ["database": "ok"])
    }

    private func databaseAnswers() async -> Bool {
        let client = self.client
        let logger = self.logger
        let timeout = readinessTimeout
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    for try await _ in try await client.query("SELECT 1", logger: logger) {}
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
