import BarrageTestServer
import Foundation
import Testing

@Suite("barrage compare on real runs", .serialized)
struct CompareCommandTests {
    /// Runs the same scenario against a fixed server delay; `delay` sets how slow the target is.
    func run(delay: Int, server: TestServer, into scratch: ScratchFolder, name: String) async throws -> String {
        let file = try scratch.write(
            "delay.yaml",
            """
            name: delay
            target: ${TARGET}
            scenarios:
              fixed:
                executor: constant-vus
                vus: 4
                duration: 2s
                flow:
                  - get: /delay?ms=${DELAY}
                    name: delayed
            """
        )
        let out = scratch.path(name)
        let outcome = try await BarrageProcess.run([
            "run", file, "--quiet", "--out", out, "--env", "TARGET=\(server.baseURL)", "--env", "DELAY=\(delay)",
        ])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return out
    }

    @Test("a deliberately slowed second run is a regression; two equal runs pass")
    func regressionAndEqualRuns() async throws {
        let server = try await TestServer.start()
        defer { Task { try? await server.shutdown() } }
        let scratch = try ScratchFolder()
        let baseline = try await run(delay: 30, server: server, into: scratch, name: "baseline")
        let same = try await run(delay: 30, server: server, into: scratch, name: "same")
        let slowed = try await run(delay: 90, server: server, into: scratch, name: "slowed")

        let regression = try await BarrageProcess.run([
            "compare", baseline, slowed, "--fail-on-regression", "25", "--markdown", scratch.path("compare.md"),
        ])
        #expect(regression.status == 99, "\(regression.stdout)\n\(regression.stderr)")
        #expect(regression.stdout.contains("http_req_duration"))
        let markdown = try String(contentsOfFile: scratch.path("compare.md"), encoding: .utf8)
        #expect(markdown.contains("|"))

        let equal = try await BarrageProcess.run(["compare", baseline, same, "--fail-on-regression", "25"])
        #expect(equal.status == 0, "\(equal.stdout)\n\(equal.stderr)")
    }

    @Test("report re-renders a run folder from its summary.json")
    func reRender() async throws {
        let server = try await TestServer.start()
        defer { Task { try? await server.shutdown() } }
        let scratch = try ScratchFolder()
        let folder = try await run(delay: 5, server: server, into: scratch, name: "run")
        let html = URL(fileURLWithPath: folder).appendingPathComponent("report.html")
        try FileManager.default.removeItem(at: html)
        let outcome = try await BarrageProcess.run(["report", folder])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(FileManager.default.fileExists(atPath: html.path))
        let missing = try await BarrageProcess.run(["report", scratch.path("nope")])
        #expect(missing.status == 104)
    }
}
