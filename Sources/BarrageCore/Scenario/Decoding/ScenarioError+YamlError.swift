import Yams

/// YAML syntax errors get the same `file:line:column: problem` shape as every other error, so the
/// CLI prints one format.
extension ScenarioError {
    init(yamlError error: any Error, file: String) {
        let at: (Mark) -> SourceLocation = { SourceLocation(file: file, line: $0.line, column: $0.column) }
        guard let yamlError = error as? YamlError else {
            self.init(location: nil, keyPath: "", problem: "invalid YAML: \(error)")
            return
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) (started at line \($0.mark.line)): " } ?? ""
            self.init(location: at(mark), keyPath: "", problem: "YAML syntax error: \(detail)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(
                location: at(context.mark), keyPath: "",
                problem: "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) in a mapping",
                expected: "each key once"
            )
        case .reader(let problem, _, _, _):
            self.init(location: nil, keyPath: "", problem: "cannot read YAML: \(problem)")
        default:
            self.init(location: nil, keyPath: "", problem: "invalid YAML: \(yamlError)")
        }
    }
}
