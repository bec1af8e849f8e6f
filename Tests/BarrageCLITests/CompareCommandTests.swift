import BarrageTestServer
import Foundation
import TestSupport
import Testing

@Suite("barrage compare on real runs", .serialized)
struct CompareCommandTests {
    /// Runs the same scenario against a fixed server delay; `delay` sets how slow the target is.
    func run(delay: Int, server: TestServer, into scratch: ScratchFolder, name: String, seconds: Int = 9) async throws -> String {
        let file = try scratch.write(
            "delay.yaml",
            """
            name: delay
            target: ${TARGET}
            scenarios:
              fixed:
                executor: constant-vus
                vus: 4
                duration: ${DURATION}
                flow:
                  - get: /delay?ms=${DELAY}
                    name: delayed
            """
        )
        let out = scratch.path(name)
        let outcome = try await ChildProcess.run(
            "barrage",
            [
                "run", file, "--quiet", "--out", out, "--env", "TARGET=\(server.baseURL)", "--env", "DELAY=\(delay)",
                "--env", "DURATION=\(seconds)s",
            ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return out
    }

    /// The statistical gate on real runs of a busy machine: two identical runs are not a regression (the
    /// old point-value gate called p99 35 → 46 ms one), and a run three times slower is, with the reason.
    @Test("two identical runs pass the gate; a run three times slower fails it, saying why")
    func statisticalGate() async throws {
        try await TestServer.withServer { server in
            let scratch = try ScratchFolder()
            let baseline = try await run(delay: 30, server: server, into: scratch, name: "baseline")
            let same = try await run(delay: 30, server: server, into: scratch, name: "same")
            let slowed = try await run(delay: 90, server: server, into: scratch, name: "slowed")

            let equal = try await ChildProcess.run("barrage", ["compare", baseline, same, "--fail-on-regression", "25"])
            #expect(equal.status == 0, "\(equal.stdout)\n\(equal.stderr)")
            #expect(equal.stdout.contains("no regression beyond the 25% tolerance at 99% confidence"), "\(equal.stdout)")

            let regression = try await ChildProcess.run(
                "barrage",
                [
                    "compare", baseline, slowed, "--fail-on-regression", "25", "--markdown", scratch.path("compare.md"),
                ])
            #expect(regression.status == 99, "\(regression.stdout)\n\(regression.stderr)")
            #expect(regression.stdout.contains("worse by more than 25% with 99% confidence"), "\(regression.stdout)")
            #expect(regression.stdout.contains("shown only: a single-sample extreme"))
            let markdown = try String(contentsOfFile: scratch.path("compare.md"), encoding: .utf8)
            #expect(markdown.contains("❌ regression"))
        }
    }

    @Test("runs too short to test are undecided, and an undecided gate fails")
    func tooShortIsUndecided() async throws {
        try await TestServer.withServer { server in
            let scratch = try ScratchFolder()
            let first = try await run(delay: 5, server: server, into: scratch, name: "first", seconds: 2)
            let second = try await run(delay: 5, server: server, into: scratch, name: "second", seconds: 2)
            let outcome = try await ChildProcess.run("barrage", ["compare", first, second, "--fail-on-regression", "25"])
            #expect(outcome.status == 99, "\(outcome.stdout)")
            #expect(outcome.stdout.contains("too few seconds to decide"), "\(outcome.stdout)")
        }
    }

    @Test("report re-renders a run folder from its summary.json")
    func reRender() async throws {
        try await TestServer.withServer { server in
            let scratch = try ScratchFolder()
            let folder = try await run(delay: 5, server: server, into: scratch, name: "run", seconds: 2)
            let html = URL(fileURLWithPath: folder).appendingPathComponent("report.html")
            try FileManager.default.removeItem(at: html)
            let outcome = try await ChildProcess.run("barrage", ["report", folder])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(FileManager.default.fileExists(atPath: html.path))
            let missing = try await ChildProcess.run("barrage", ["report", scratch.path("nope")])
            #expect(missing.status == 104)
        }
    }
}
