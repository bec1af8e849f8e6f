import BarrageCore
import Foundation

/// Everything a template can read during one iteration of one VU: its captures, the setup's
/// values, the data rows drawn for it, the built-ins and the VU's generator.
struct IterationScope: TemplateScope {
    /// Captured so far in this iteration.
    var variables: [String: VariableValue] = [:]
    /// The setup's captures, shared read-only by every VU.
    let shared: [String: VariableValue]
    /// The row each data binding handed this iteration, by binding name.
    var rows: [String: (table: DataTable, row: Int)] = [:]
    let vu: Int
    let iteration: Int
    let scenario: String
    var random: SeededGenerator

    init(shared: [String: VariableValue], vu: Int, iteration: Int, scenario: String, random: SeededGenerator) {
        self.shared = shared
        self.vu = vu
        self.iteration = iteration
        self.scenario = scenario
        self.random = random
    }

    /// Captures first, then setup values, the built-ins and data columns (`users.email`).
    mutating func variable(_ name: String) -> VariableValue? {
        if let value = variables[name] ?? shared[name] { return value }
        switch name {
        case "vu": return .text(String(vu))
        case "iteration": return .text(String(iteration))
        case "scenario": return .text(scenario)
        default: break
        }
        guard let dot = name.firstIndex(of: "."), let drawn = rows[String(name[..<dot])],
            let column = drawn.table.columnIndex(String(name[name.index(after: dot)...]))
        else { return nil }
        return .text(drawn.table.cell(row: drawn.row, column: column))
    }

    mutating func randomInt(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func randomBits() -> UInt64 { random.next() }
    func now() -> Date { Date() }
}
