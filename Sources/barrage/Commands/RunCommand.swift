import ArgumentParser
import BarrageCore
import BarrageReports
import BarrageRunner
import Foundation
import NIOCore

/// `barrage run FILE`: validate, run, report, and exit with the k6-compatible code.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario file and write its report folder.",
        discussion: """
            The file is validated first; any problem exits 104 before a request is sent. Progress goes to \
            stderr (one redrawn line on a terminal, a plain line every 10 s otherwise), the end-of-test \
            summary to stdout. The first SIGINT/SIGTERM stops gracefully and still writes a report marked \
            interrupted (exit 105); a second exits at once.
            """
    )

    @OptionGroup var scenario: ScenarioOptions

    @Option(help: "Write the report folder here instead of reports/<name>-<UTC timestamp>/.")
    var out: String?

    @Flag(help: "No progress output; the summary is still printed.")
    var quiet = false

    @Flag(name: .customLong("no-progress"), help: "Hide the live progress line.")
    var noProgress = false

    @Flag(help: "Do not verify TLS certificates (recorded in the report).")
    var insecure = false

    @Option(help: "Event-loop threads for the HTTP engine (default: one per core).")
    var threads: Int = System.coreCount

    @Option(help: "Seed random choices (data rows, flows, think times, randomInt, uuid) so runs repeat per VU.")
    var seed: UInt64?

    @Flag(
        name: .customLong("fail-on-generator-bound"),
        help: "Exit 99 when barrage itself was the bottleneck (its CPU or event loops saturated), as a failed threshold would."
    )
    var failOnGeneratorBound = false

    func validate() throws {
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() async throws {
        let validated = try scenario.loadPlan()
        let plan = validated.plan
        let directory = try reportDirectory(for: plan)

        let console = scenario.console
        let options = RunOptions(
            insecure: insecure, progress: progressMode, threads: threads, seed: seed,
            failOnGeneratorBound: failOnGeneratorBound
        )
        let testRun = TestRun(plan: plan, thresholds: validated.thresholds, options: options)
        let signals = SignalWatcher(secondExitCode: BarrageCore.ExitCode.interrupted.rawValue) {
            console.error("\nStopping: finishing in-flight iterations (signal again to exit at once)…\n")
            testRun.interrupt()
        }
        if !quiet {
            console.error("barrage \(BarrageVersion.current): running \(scenario.file) against \(plan.target)\n")
        }
        let summary: RunSummary
        do {
            summary = try await testRun.run()
        } catch {
            signals.stop()
            console.error("error: \(error)\n")
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.failure.rawValue)
        }
        signals.stop()

        do {
            try ReportWriter(redaction: console.redaction).writeAll(summary, to: directory)
        } catch {
            console.error("error: could not write the report to \(directory.path): \(error)\n")
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.failure.rawValue)
        }
        let colors = isatty(STDOUT_FILENO) == 1
        console.out(TextSummary.render(console.redaction.redact(summary), colors: colors, reportDirectory: directory.path))
        throw ArgumentParser.ExitCode(summary.run.exitCode)
    }

    private var progressMode: RunOptions.ProgressMode {
        if quiet || noProgress { return .off }
        return isatty(STDERR_FILENO) == 1 ? .redrawn : .periodic(interval: .seconds(10))
    }

    /// `--out`, or `reports/<name>-<UTC timestamp>/` under the current directory.
    private func reportDirectory(for plan: TestPlan) throws -> URL {
        if let out { return URL(fileURLWithPath: out, isDirectory: true) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let safeName = String(plan.name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
        return URL(fileURLWithPath: "reports", isDirectory: true)
            .appendingPathComponent("\(safeName)-\(formatter.string(from: Date()))", isDirectory: true)
    }
}
