import BarrageTestServer
import Foundation
import TestSupport
import Testing

@Suite("barrage run and validate, as a user runs them", .serialized)
struct RunCommandTests {
    @Test("a broken file exits 104 naming its line and column, and sends nothing")
    func brokenFile() async throws {
        try await TestServer.withServer { server in
            let scratch = try ScratchFolder()
            let file = try scratch.write(
                "broken.yaml",
                """
                target: \(server.baseURL)
                scenarios:
                  browse:
                    executor: ramping-vus
                    stages:
                      - { duration: 10x, target: 5 }
                    flow:
                      - get: /
                thresholds:
                  http_req_duration: ["p(95)<500"]
                """
            )
            let outcome = try await ChildProcess.run("barrage", ["run", file, "--out", scratch.path("out")])
            #expect(outcome.status == 104)
            #expect(outcome.stderr.contains("broken.yaml:6:"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("scenarios.browse.stages[0].duration"), "\(outcome.stderr)")
            #expect(server.requestCount == 0)
            #expect(!FileManager.default.fileExists(atPath: scratch.path("out")))
        }
    }

    @Test("an unknown metric in a threshold is an error at its line, not a silent pass")
    func unknownMetric() async throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(
            "metric.yaml",
            """
            target: http://127.0.0.1:9
            scenarios:
              browse:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /
            thresholds:
              http_req_durations: ["p(95)<500"]
            """
        )
        let outcome = try await ChildProcess.run("barrage", ["validate", file])
        #expect(outcome.status == 104)
        #expect(outcome.stderr.contains("metric.yaml:9:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("http_req_duration"), "\(outcome.stderr)")
    }

    @Test("a credential in the target URL never reaches the terminal")
    func redactedOutput() async throws {
        let scratch = try ScratchFolder()
        let file = try scratch.write(
            "secret.yaml",
            """
            target: https://ann:hunter2-secret@127.0.0.1:9
            scenarios:
              browse:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /
            """
        )
        let outcome = try await ChildProcess.run("barrage", ["validate", file])
        #expect(outcome.status == 104)
        #expect(outcome.stderr.contains("user information"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("hunter2-secret"), "\(outcome.stderr)")
        #expect(!outcome.stdout.contains("hunter2-secret"))
    }

    @Test("a threshold on a request name no step has exits 104 before any load")
    func neverOccurringTag() async throws {
        try await TestServer.withServer { server in
            let scratch = try ScratchFolder()
            let file = try scratch.write(
                "tags.yaml",
                """
                target: \(server.baseURL)
                scenarios:
                  browse:
                    executor: constant-vus
                    duration: 1s
                    flow:
                      - get: /
                        name: home
                thresholds:
                  "http_req_duration{name:never-sent}": ["p(95)<500"]
                """
            )
            let outcome = try await ChildProcess.run("barrage", ["run", file, "--out", scratch.path("out")])
            #expect(outcome.status == 104)
            #expect(outcome.stderr.contains("tags.yaml:10:"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("never-sent"), "\(outcome.stderr)")
            #expect(server.requestCount == 0)
        }
    }

    @Test("a failing threshold exits 99 and still writes summary.json")
    func failingThreshold() async throws {
        try await TestServer.withServer { server in
            let scratch = try ScratchFolder()
            let file = try scratch.write(
                "slow.yaml",
                """
                target: ${TARGET}
                scenarios:
                  slow:
                    executor: per-vu-iterations
                    vus: 2
                    iterations: 5
                    flow:
                      - get: /delay?ms=30
                thresholds:
                  http_req_duration: ["p(95)<10"]
                """
            )
            let out = scratch.path("out")
            let outcome = try await ChildProcess.run(
                "barrage", ["run", file, "--out", out, "--quiet", "--env", "TARGET=\(server.baseURL)"]
            )
            #expect(outcome.status == 99, "\(outcome.stderr)")
            #expect(outcome.stdout.contains("p(95)<10"))
            let data = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("summary.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(json["schemaVersion"] as? Int == 2)
        }
    }

    @Test("the first SIGINT stops gracefully with an interrupted report and exit 105")
    func interrupt() async throws {
        try await TestServer.withServer { server in
            let scratch = try ScratchFolder()
            let file = try scratch.write(
                "long.yaml",
                """
                target: ${TARGET}
                scenarios:
                  long:
                    executor: constant-vus
                    vus: 3
                    duration: 60s
                    gracefulStop: 2s
                    flow:
                      - get: /delay?ms=10
                """
            )
            let out = scratch.path("out")
            let process = try ChildProcess("barrage", arguments: ["run", file, "--out", out, "--env", "TARGET=\(server.baseURL)"])
            try await Task.sleep(for: .milliseconds(1500))
            process.signal(SIGINT)
            let outcome = try await process.finish(timeout: .seconds(15))
            #expect(outcome.status == 105, "\(outcome.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent("summary.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let run = try #require(json["run"] as? [String: Any])
            #expect(run["interrupted"] as? Bool == true)
            #expect(run["exitCode"] as? Int == 105)
        }
    }

    @Test("validate accepts every shipped scenario")
    func shippedScenarios() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Scenarios").path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
        #expect(names.count >= 10)
        for name in names {
            let outcome = try await ChildProcess.run("barrage", ["validate", root.appendingPathComponent("Scenarios/\(name)").path])
            #expect(outcome.status == 0, "\(name): \(outcome.stderr)")
        }
    }

    @Test("version and help document the commands")
    func versionAndHelp() async throws {
        let version = try await ChildProcess.run("barrage", ["version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("barrage "))
        let help = try await ChildProcess.run("barrage", ["run", "--help"])
        for option in ["--out", "--env", "--quiet", "--no-progress", "--insecure"] {
            #expect(help.stdout.contains(option), "run --help lacks \(option)")
        }
    }
}
