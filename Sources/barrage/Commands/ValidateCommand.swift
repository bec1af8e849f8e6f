import ArgumentParser
import BarrageCore

/// `barrage validate FILE`: every check `run` makes before sending anything, without sending.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file without sending any request.",
        discussion: "Exits 0 when the file is valid and 104 with every problem (file:line:column, key path) when not."
    )

    @OptionGroup var scenario: ScenarioOptions

    func run() throws {
        let validated = try scenario.loadPlan()
        let plan = validated.plan
        scenario.console.out(
            "\(scenario.file): valid — \(plan.scenarios.count) scenario\(plan.scenarios.count == 1 ? "" : "s"), \(validated.thresholds.count) threshold\(validated.thresholds.count == 1 ? "" : "s"), target \(plan.target)"
        )
    }
}
