import ArgumentParser
import BarrageCore
import BarrageReports
import Foundation

/// `barrage report RUN_DIR`: re-renders every report file from the run's saved `summary.json`,
/// so a change to a report format applies to old runs too.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Re-render a run folder's reports from its summary.json.",
        discussion: "Rewrites report.html, junit.xml, summary.md and timeseries.csv (and summary.json, normalized) in RUN_DIR."
    )

    @Argument(help: "A run folder written by `barrage run`.")
    var runDirectory: String

    func run() throws {
        let directory = URL(fileURLWithPath: runDirectory, isDirectory: true)
        let summary: RunSummary
        do {
            summary = try RunSummary.load(from: directory)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.invalidInput.rawValue)
        }
        do {
            let written = try ReportWriter().writeAll(summary, to: directory)
            for file in written { print(file.path) }
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.failure.rawValue)
        }
    }
}
