import Foundation
import TestSupport
import Testing

/// The whole harness as a user runs it: storefront with PostgreSQL, Redis and the partner
/// simulator, barrage running the shipped scenarios against it, and the two sides' request counts
/// compared.
@Suite("storefront under barrage, end to end", .serialized)
struct StorefrontUnderLoadTests {
    @Test("smoke and both storefront journeys pass, write their reports, and barrage's http_reqs equals the server's count")
    func smokeAndJourneys() async throws {
        let stack = try await Stack.start()
        do {
            try await runSmoke(on: stack)
            try await runJourney(on: stack)
            try await runAdminJourney(on: stack)
        } catch {
            await stack.stop()
            throw error
        }
        await stack.stop()
    }

    private func runSmoke(on stack: Stack) async throws {
        let before = try await stack.servedRequests()
        let out = stack.scratch.appendingPathComponent("smoke")
        let barrage = try stack.barrage(["run", "Scenarios/smoke.yaml", "--out", out.path, "--no-progress"])
        let status = try await barrage.finish(timeout: .seconds(120)).status
        #expect(status == 0, "barrage smoke exited \(status):\n\(barrage.output)")
        for file in ["summary.json", "report.html", "junit.xml", "summary.md", "timeseries.csv"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "missing \(file)")
        }
        let sent = try Self.httpRequests(in: out)
        let served = try await stack.servedRequests() - before
        #expect(sent > 0)
        #expect(served == sent, "barrage sent \(sent) requests, storefront counted \(served)")
    }

    private func runJourney(on stack: Stack) async throws {
        let before = try await stack.servedRequests()
        let out = stack.scratch.appendingPathComponent("journey")
        let barrage = try stack.barrage([
            "run", "Scenarios/storefront-journey.yaml", "--out", out.path, "--no-progress", "--seed", "7",
            "--env", "RAMP_UP=2s", "--env", "HOLD=6s", "--env", "RAMP_DOWN=1s", "--env", "VUS=5",
        ])
        let status = try await barrage.finish(timeout: .seconds(120)).status
        #expect(status == 0, "barrage journey exited \(status):\n\(barrage.output)")
        let summary = try Self.summary(in: out)
        let checks = try #require(summary["checks"] as? [[String: Any]])
        #expect(!checks.isEmpty)
        for check in checks {
            #expect((check["fails"] as? Int) == 0, "check failed: \(check)")
        }
        let sent = try Self.httpRequests(in: out)
        let served = try await stack.servedRequests() - before
        #expect(served == sent, "barrage sent \(sent) requests, storefront counted \(served)")
    }

    private func runAdminJourney(on stack: Stack) async throws {
        let before = try await stack.servedRequests()
        let out = stack.scratch.appendingPathComponent("admin")
        let barrage = try stack.barrage([
            "run", "Scenarios/storefront-admin.yaml", "--out", out.path, "--no-progress", "--seed", "7",
            "--env", "DURATION=6s", "--env", "ADMIN_EMAIL=\(Stack.adminEmail)", "--env", "ADMIN_PASSWORD=\(Stack.adminPassword)",
        ])
        let status = try await barrage.finish(timeout: .seconds(120)).status
        #expect(status == 0, "barrage admin journey exited \(status):\n\(barrage.output)")
        let checks = try #require(try Self.summary(in: out)["checks"] as? [[String: Any]])
        #expect(!checks.isEmpty)
        for check in checks {
            #expect((check["fails"] as? Int) == 0, "check failed: \(check)")
        }
        let sent = try Self.httpRequests(in: out)
        let served = try await stack.servedRequests() - before
        #expect(served == sent, "barrage sent \(sent) requests, storefront counted \(served)")
    }

    static func summary(in folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw EndToEndFailure("summary.json in \(folder.path) is not an object")
        }
        return json
    }

    /// `http_reqs` of a run, setup and teardown requests included.
    static func httpRequests(in folder: URL) throws -> Int {
        let summary = try summary(in: folder)
        guard let metrics = (summary["metrics"] as? [String: Any])?["metrics"] as? [String: Any],
            let requests = metrics["http_reqs"] as? [String: Any],
            let values = requests["values"] as? [String: Any],
            let sum = values["sum"] as? Double
        else { throw EndToEndFailure("summary.json has no http_reqs") }
        return Int(sum)
    }
}
