import ArgumentParser
import BarrageCore
import BarrageReports
import Foundation

/// `barrage compare BASELINE CANDIDATE`: key metrics side by side with their change, so CI can
/// gate a build on a stored baseline run.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two runs' key metrics and flag regressions that are beyond noise.",
        discussion: """
            Prints latency percentiles, throughput, failure and check rates of both runs with the change in \
            percent and, per figure, the decision and why. A figure regresses only when its per-second values \
            are worse, second by second, than the baseline's by more than the tolerance with the stated confidence (one-sided \
            Wilcoxon signed-rank test); max and iteration_duration are shown, never gated. With --fail-on-regression \
            PCT, exits 99 when a figure regressed, or when a gated figure had fewer than 7 seconds with data in \
            a run (too short to decide); otherwise exits 0.
            """
    )

    @Argument(help: "The baseline run folder (or its summary.json).")
    var baseline: String

    @Argument(help: "The candidate run folder (or its summary.json).")
    var candidate: String

    @Option(name: .customLong("fail-on-regression"), help: ArgumentHelp("Tolerance in percent; a worse change beyond it, significant at --confidence, fails.", valueName: "PCT"))
    var failOnRegression: Double?

    @Option(help: ArgumentHelp("How sure the test must be that a figure got worse, in percent.", valueName: "PCT"))
    var confidence: Double = 99

    @Option(help: "Also write the comparison as Markdown to this file.")
    var markdown: String?

    @Option(help: "Also write the comparison as HTML to this file.")
    var html: String?

    func validate() throws {
        if let failOnRegression, failOnRegression < 0 {
            throw ValidationError("--fail-on-regression must be a percentage ≥ 0")
        }
        guard confidence > 50, confidence < 100 else {
            throw ValidationError("--confidence must be a percentage between 50 and 100, e.g. 99")
        }
    }

    func run() throws {
        let console = Console()
        let baselineSummary = try load(baseline, console: console)
        let candidateSummary = try load(candidate, console: console)
        let comparison = RunComparison(
            baseline: baselineSummary, candidate: candidateSummary, tolerancePercent: failOnRegression ?? 10,
            confidencePercent: confidence
        )
        console.out(ComparisonTextReport.render(comparison, colors: isatty(STDOUT_FILENO) == 1))
        if let markdown {
            try write(ComparisonMarkdownReport.render(comparison), to: markdown, console: console)
        }
        if let html {
            try write(ComparisonHTMLReport.render(comparison), to: html, console: console)
        }
        if failOnRegression != nil, !comparison.passes {
            console.error("\(comparison.verdictText) — failing\n")
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.thresholdsFailed.rawValue)
        }
    }

    private func load(_ path: String, console: Console) throws -> RunSummary {
        do {
            return try RunSummary.load(from: URL(fileURLWithPath: path))
        } catch {
            console.error("error: \(error)\n")
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.invalidInput.rawValue)
        }
    }

    private func write(_ text: String, to path: String, console: Console) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            console.error("error: could not write \(path): \(error)\n")
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.failure.rawValue)
        }
    }
}
