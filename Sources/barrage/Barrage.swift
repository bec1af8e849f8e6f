import ArgumentParser
import BarrageCore
import Foundation

/// The `barrage` command line.
@main
struct Barrage: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "barrage",
        abstract: "A load generator driven by YAML scenario files, with k6-compatible exit codes.",
        discussion: """
            Exit codes: 0 all thresholds held · 99 a threshold failed · 104 invalid scenario or \
            arguments · 105 interrupted · 1 anything else.
            """,
        version: BarrageVersion.current,
        subcommands: [RunCommand.self, ValidateCommand.self, ReportCommand.self, CompareCommand.self, VersionCommand.self]
    )

    /// Argument errors exit 104, like invalid scenario files: nothing was sent either way.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(BarrageCore.ExitCode.invalidInput.rawValue)
            }
            exit(withError: error)
        }
    }
}
