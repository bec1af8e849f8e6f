import ArgumentParser
import BarrageCore
import Foundation

/// Options shared by `run` and `validate`: which file, and what fills its `${VAR}`s.
struct ScenarioOptions: ParsableArguments {
    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(
        name: .customLong("env"),
        help: ArgumentHelp("Set a variable for ${VAR} in the file; overrides the environment.", valueName: "KEY=VALUE")
    )
    var variables: [String] = []

    @Option(name: .customLong("allow-host"), help: "Allow a non-loopback target host (repeatable).")
    var allowedHosts: [String] = []

    func validate() throws {
        for variable in variables where !variable.contains("=") || variable.hasPrefix("=") {
            throw ValidationError("--env expects KEY=VALUE, got '\(variable)'")
        }
    }

    /// The process environment with every `--env` applied on top.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for variable in variables {
            let parts = variable.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            environment[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return environment
    }

    /// Values of variables whose names say they are secret (`*SECRET*`, `*PASSWORD*`, `*TOKEN*`,
    /// `*KEY*`, `*CREDENTIAL*`): reports replace them with `[REDACTED]` wherever they appear.
    var secretValues: [String] {
        let markers = ["SECRET", "PASSWORD", "PASSWD", "TOKEN", "KEY", "CREDENTIAL"]
        return
            environment
            .filter { name, value in value.count >= 4 && markers.contains { name.uppercased().contains($0) } }
            .map(\.value)
    }

    /// The console for this scenario's output, redacting its secret variables' values too.
    var console: Console {
        Console(secrets: secretValues)
    }

    /// Loads and validates the file, or prints every problem and exits 104.
    func loadPlan() throws -> ValidatedPlan {
        do {
            return try ValidatedPlan.load(path: file, environment: environment, extraAllowedHosts: allowedHosts)
        } catch {
            let count = error.errors.count
            var message = error.errors.map { "error: \($0)" }.joined(separator: "\n")
            message += "\n\(file): \(count) problem\(count == 1 ? "" : "s") found; nothing was sent.\n"
            console.error(message)
            throw ArgumentParser.ExitCode(BarrageCore.ExitCode.invalidInput.rawValue)
        }
    }
}
