import Foundation
import Yams

/// The one way to get a `TestPlan`: read the file, substitute environment variables, decode and
/// validate, and throw every problem at once so nothing is sent for a file that is wrong.
public enum TestPlanLoader {
    /// Reads and loads the scenario file at `path`.
    ///
    /// - Parameters:
    ///   - path: The file as the user named it; locations in errors use it as written.
    ///   - environment: Values for `${NAME}` (the process environment overlaid with `--env`).
    ///   - extraAllowedHosts: Hosts allowed besides loopback and the file's `allowedHosts`
    ///     (`--allow-host`).
    public static func load(
        path: String,
        environment: [String: String],
        extraAllowedHosts: [String] = []
    ) throws(ScenarioErrors) -> TestPlan {
        let yaml: String
        do {
            yaml = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
            throw ScenarioErrors([
                ScenarioError(location: nil, keyPath: "", problem: "cannot read scenario file \(path): \(reason)")
            ])
        }
        return try parse(yaml: yaml, file: path, environment: environment, extraAllowedHosts: extraAllowedHosts)
    }

    /// Loads a scenario from text; `file` is the name used in locations and the default plan name.
    public static func parse(
        yaml: String,
        file: String,
        environment: [String: String],
        extraAllowedHosts: [String] = []
    ) throws(ScenarioErrors) -> TestPlan {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw ScenarioErrors([ScenarioError(yamlError: error, file: file)])
        }
        guard let root else {
            throw ScenarioErrors([
                ScenarioError(
                    location: SourceLocation(file: file, line: 1, column: 1), keyPath: "",
                    problem: "the file is empty", expected: "a mapping with target and scenarios"
                )
            ])
        }
        var decoder = ScenarioDecoder(
            file: file, yaml: yaml, environment: environment, extraAllowedHosts: extraAllowedHosts)
        let plan = decoder.plan(from: root)
        guard let plan, decoder.errors.isEmpty else { throw ScenarioErrors(decoder.errors) }
        return plan
    }
}
