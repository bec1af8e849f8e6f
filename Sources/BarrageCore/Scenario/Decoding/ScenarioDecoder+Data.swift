import Foundation
import Yams

/// `data:` — names bound to CSV or JSON files. Files are read here, once, so a missing or empty
/// file and a reference to an unknown column are reported with the rest of the file's errors.
extension ScenarioDecoder {
    static let dataKeys = ["file", "allocation", "onExhausted"]

    mutating func dataBindings(_ node: Node, _ path: ScenarioKeyPath) -> [DataBinding]? {
        guard let entries = mapping(node, path, expected: "a mapping of names to data files") else { return nil }
        let bindings = entries.map { dataBinding($0) }
        let decoded = bindings.compactMap { $0 }
        return decoded.count == bindings.count ? decoded : nil
    }

    private mutating func dataBinding(_ entry: MappingEntry) -> DataBinding? {
        guard TemplateLexer.isVariableName(entry.key), !RuntimeVariables.reserved.contains(entry.key) else {
            fail(
                "invalid data name \"\(entry.key)\"",
                expected: "letters, digits and underscores, not starting with a digit, and not a built-in",
                at: entry.keyNode, entry.path)
            return nil
        }
        let fileNode: Node
        let filePath: ScenarioKeyPath
        var allocation: DataAllocation? = .sequential
        if case .mapping = entry.value {
            let expected = "a mapping with file, allocation and onExhausted"
            guard let members = mapping(entry.value, entry.path, expected: expected, allowed: Self.dataKeys),
                let file = required("file", in: members, of: entry.value, entry.path.key("file"), expected: "a path")
            else { return nil }
            fileNode = file.value
            filePath = file.path
            allocation = dataAllocation(members, of: entry.value, entry.path)
        } else {
            fileNode = entry.value
            filePath = entry.path
        }
        guard let written = text(fileNode, filePath, expected: "the path of a CSV or JSON file") else { return nil }
        let resolved = resolveDataPath(written)
        let table = dataTable(at: resolved, written: written, node: fileNode, filePath)
        guard let table, let allocation else { return nil }
        return DataBinding(
            name: entry.key, path: resolved, table: table, allocation: allocation, location: location(of: entry.keyNode)
        )
    }

    private mutating func dataAllocation(
        _ members: [MappingEntry], of node: Node, _ path: ScenarioKeyPath
    ) -> DataAllocation? {
        let policies = ExhaustionPolicy.allCases.map(\.rawValue)
        var policy = ExhaustionPolicy.stop
        if let entry = members.first(where: { $0.key == "onExhausted" }) {
            guard let name = text(entry.value, entry.path, expected: Self.oneOf(policies)) else { return nil }
            guard let parsed = ExhaustionPolicy(rawValue: name) else {
                fail("unknown onExhausted \"\(name)\"", expected: Self.oneOf(policies), at: entry.value, entry.path)
                return nil
            }
            policy = parsed
        }
        guard let entry = members.first(where: { $0.key == "allocation" }) else { return .sequential }
        guard let name = text(entry.value, entry.path, expected: Self.oneOf(DataAllocation.names)) else { return nil }
        switch name {
        case "sequential": return .sequential
        case "random": return .random
        case "unique": return .unique
        case "unique-iteration": return .uniqueIteration(onExhausted: policy)
        default:
            var problem = "unknown allocation \"\(name)\""
            if let suggestion = KeySuggestion.closest(to: name, among: DataAllocation.names) {
                problem += " (did you mean \"\(suggestion)\"?)"
            }
            fail(problem, expected: Self.oneOf(DataAllocation.names), at: entry.value, entry.path)
            return nil
        }
    }

    /// Absolute paths stay; relative ones are taken from the scenario file's folder.
    func resolveDataPath(_ written: String) -> String {
        guard !written.hasPrefix("/") else { return written }
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? written : (folder as NSString).appendingPathComponent(written)
    }

    private mutating func dataTable(
        at resolved: String, written: String, node: Node, _ path: ScenarioKeyPath
    ) -> DataTable? {
        let text: String
        do {
            text = try String(contentsOfFile: resolved, encoding: .utf8)
        } catch {
            fail(
                "cannot read data file \(resolved)",
                expected: "a readable CSV or JSON file (relative paths start at the "
                    + "scenario file's folder)", at: node, path)
            return nil
        }
        do throws(DataFileProblem) {
            let table =
                resolved.lowercased().hasSuffix(".json")
                ? try DataTable.parsingJSON(text) : try DataTable.parsingCSV(text)
            guard table.rowCount > 0 else {
                throw DataFileProblem(
                    problem: "the file has no data rows", expected: "at least one row after the header")
            }
            return table
        } catch {
            fail("data file \(written): \(error.problem)", expected: error.expected, at: node, path)
            return nil
        }
    }
}
