import ArgumentParser
import BarrageCore
import BarrageReports
import Foundation

/// `barrage compare BASELINE CANDIDATE`: key metrics side by side with their change, so CI can
/// gate a build on a stored baseline run.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two runs' key metrics and flag regressions.",
        discussion: """
            Prints a table of latency percentiles, throughput, failure and check rates with the change \
            in percent. With --fail-on-regression PCT, exits 99 when a metric got worse by more than PCT \
            percent (latency or failures up, throughput or checks down); otherwise exits 0.
            """
    )

    @Argument(help: "The baseline run folder (or its summary.json).")
    var baseline: String

    @Argument(help: "The candidate run folder (or its summary.json).")
    var candidate: String

    @Option(name: .customLong("fail-on-regression"), help: ArgumentHelp("Tolerance in percent; a worse change fails.", valueName: "PCT"))
    var failOnRegression: Double?

    @Option(help: "Also write the comparison as Markdown to this file.")
    var markdown: String?

    @Option(help: "Also write the comparison as HTML to this file.")
    var html: String?

    func validate() throws {
        if let failOnRegression, failOnRegression < 0 {
            throw ValidationError("--fail-on-regression must be a percentage ≥ 0")
        }
    }

    func run() throws {
        let baselineSummary = try load(baseline)
        let candidateSummary = try load(candidate)
        let comparison = RunComparison(
            baseline: baselineSummary, candidate: candidateSummary, tolerancePercent: failOnRegression ?? 10
        )
        print(ComparisonTextReport.render(comparison, colors: isatty(STDOUT_FILENO) == 1))
        if let markdown {
            try write(ComparisonMarkdownReport.render(comparison), to: markdown)
        }
        if let html {
            try write(ComparisonHTMLReport.render(comparison), to: html)
        }
        if failOnRegression != nil, comparison.hasRegression {
            FileHandle.standardError.write(Data("regression beyond \(failOnRegression!)% — failing\n".utf8))
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.thresholdsFailed.rawValue)
        }
    }

    private func load(_ path: String) throws -> RunSummary {
        do {
            return try RunSummary.load(from: URL(fileURLWithPath: path))
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.invalidInput.rawValue)
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("error: could not write \(path): \(error)\n".utf8))
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.failure.rawValue)
        }
    }
}
