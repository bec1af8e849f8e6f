import Foundation
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// storefront, its partner simulator and their databases for one end-to-end test: a throwaway
/// PostgreSQL database, the Redis of the test command, free loopback ports.
struct Stack {
    static let adminEmail = "admin@storefront.test"
    static let adminPassword = "admin-password-123"
    let scratch: URL
    let baseURL: String
    let database: ThrowawayDatabase
    let server: ChildProcess
    let partners: ChildProcess
    let usersCSV: URL

    static func start() async throws -> Stack {
        guard let redis = ProcessInfo.processInfo.environment["REDISWIRE_TEST_URL"], !redis.isEmpty else {
            throw EndToEndFailure("REDISWIRE_TEST_URL is not set: run the tests with scripts/test.sh, which starts Redis")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("barrage-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let database = try await ThrowawayDatabase.create(prefix: "e2e_")
        let port = FreePort.next()
        let partnersPort = FreePort.next()
        let usersCSV = scratch.appendingPathComponent("users.csv")
        let environment = [
            "HOST": "127.0.0.1",
            "PORT": String(port),
            "DATABASE_URL": database.url,
            "REDIS_URL": redis,
            "JWT_SECRET": "end-to-end-secret-of-at-least-32-bytes!!",
            "BCRYPT_COST": "4",
            "RATE_LIMIT_PER_MINUTE": "0",
            "PARTNERS_URL": "http://127.0.0.1:\(partnersPort)",
            "LOG_LEVEL": "warning",
            "ADMIN_EMAIL": adminEmail,
            "ADMIN_PASSWORD": adminPassword,
        ]
        let seed = try ChildProcess(
            "storefront", arguments: ["seed", "--users", "20", "--products", "100", "--credentials-csv", usersCSV.path],
            environment: environment, logDirectory: scratch
        )
        let seeded = try await seed.finish(timeout: .seconds(120)).status
        guard seeded == 0 else { throw EndToEndFailure("storefront seed exited \(seeded):\n\(seed.output)") }

        let partners = try ChildProcess(
            "storefront", arguments: ["partners", "--port", String(partnersPort)], environment: environment,
            logDirectory: scratch
        )
        let server = try ChildProcess("storefront", arguments: ["serve"], environment: environment, logDirectory: scratch)
        let stack = Stack(
            scratch: scratch, baseURL: "http://127.0.0.1:\(port)", database: database, server: server,
            partners: partners, usersCSV: usersCSV
        )
        try await stack.waitUntilReady()
        return stack
    }

    /// Polls `/health/ready` until the server answers 200 (at most 60 s).
    func waitUntilReady() async throws {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if !server.isRunning {
                throw EndToEndFailure("storefront exited during start-up:\n\(server.output)")
            }
            if let (_, response) = try? await URLSession.shared.data(from: URL(string: baseURL + "/health/ready")!),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw EndToEndFailure("storefront was not ready within 60 s:\n\(server.output)")
    }

    /// Requests storefront has answered, from its own `/metrics`, leaving out the scrapes and
    /// health checks this test makes itself.
    func servedRequests() async throws -> Int {
        let (data, _) = try await URLSession.shared.data(from: URL(string: baseURL + "/metrics")!)
        return PrometheusText.sum(
            of: PrometheusText.requestCounter, in: String(decoding: data, as: UTF8.self),
            excludingRoutes: ["/metrics", "/health/ready", "/health/live"]
        )
    }

    func barrage(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(
            "barrage",
            arguments: arguments + ["--env", "TARGET=\(baseURL)", "--env", "USERS_CSV=\(usersCSV.path)"],
            environment: [:], logDirectory: scratch
        )
    }

    func stop() async {
        server.stop()
        partners.stop()
        _ = try? await server.finish(timeout: .seconds(20))
        _ = try? await partners.finish(timeout: .seconds(20))
        try? await database.drop()
    }
}
