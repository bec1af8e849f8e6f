/// Decides what each name in an expression is, in this order: an environment variable (fixed at
/// load time), a run-time variable (capture, setup value, data column, built-in), a bare built-in
/// function (`uuid`, `timestamp`, `timestampMs`). Anything else is an error with its offset.
struct TemplateExpressionResolver {
    let environment: [String: String]
    let runtimeVariables: Set<String>

    /// The resolved expression, or every problem found in it.
    func resolve(_ syntax: ExpressionSyntax) -> Result<TemplateExpression, TemplateErrors> {
        var problems: [TemplateError] = []
        let expression = resolve(syntax, problems: &problems)
        return problems.isEmpty ? .success(expression) : .failure(TemplateErrors(errors: problems))
    }

    private func resolve(_ syntax: ExpressionSyntax, problems: inout [TemplateError]) -> TemplateExpression {
        switch syntax {
        case .string(let text), .number(let text):
            return .text(text)
        case .name(let name, let offset):
            return resolve(name: name, offset: offset, problems: &problems)
        case .randomElement(let name, let pathText, let offset, let pathOffset):
            if !runtimeVariables.contains(name) { problems.append(.unresolved(name, offset: offset)) }
            guard let pathText else { return .randomElement(of: name, path: nil) }
            do {
                return .randomElement(of: name, path: try JSONPath(parsing: pathText))
            } catch {
                problems.append(
                    TemplateError(
                        offset: pathOffset + max(0, error.offset - 1),
                        problem: "invalid path after [random]: \(error.problem)",
                        expected: "a path such as .id or [0].name"))
                return .randomElement(of: name, path: nil)
            }
        case .call(let name, let arguments, let offset):
            let resolved = arguments.map { resolve($0, problems: &problems) }
            guard let function = TemplateFunction(rawValue: name) else {
                var problem = "unknown function \(name)()"
                let names = TemplateFunction.allCases.map(\.rawValue)
                if let suggestion = KeySuggestion.closest(to: name, among: names) {
                    problem += " (did you mean \(suggestion)?)"
                }
                problems.append(
                    TemplateError(offset: offset, problem: problem, expected: "one of " + names.joined(separator: ", "))
                )
                return .text("")
            }
            guard function.arity.contains(arguments.count) else {
                problems.append(
                    TemplateError(
                        offset: offset,
                        problem: "\(name)() takes \(Self.describe(function.arity)), found \(arguments.count)",
                        expected: function.signature))
                return .text("")
            }
            if let problem = Self.literalProblem(function, resolved) {
                problems.append(TemplateError(offset: offset, problem: problem, expected: function.signature))
            }
            return .call(function, resolved)
        }
    }

    /// A plain or dotted name.
    func resolve(name: String, offset: Int, problems: inout [TemplateError]) -> TemplateExpression {
        if let value = environment[name] { return .text(value) }
        if runtimeVariables.contains(name) { return .variable(name) }
        if TemplateFunction.bareNames.contains(name), let function = TemplateFunction(rawValue: name) {
            return .call(function, [])
        }
        if let dot = name.firstIndex(of: ".") {
            let binding = String(name[..<dot])
            let prefix = binding + "."
            let columns = runtimeVariables.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
            if !columns.isEmpty {
                problems.append(
                    TemplateError(
                        offset: offset,
                        problem: "unknown column \"\(name.dropFirst(prefix.count))\" of data \(binding)",
                        expected: "one of " + columns.sorted().joined(separator: ", ")))
                return .text("")
            }
        }
        problems.append(.unresolved(name, offset: offset))
        return .text("")
    }

    /// Literal arguments that can only be wrong: `randomInt('a', 5)`, an encoding other than hex
    /// or base64.
    private static func literalProblem(_ function: TemplateFunction, _ arguments: [TemplateExpression]) -> String? {
        switch function {
        case .randomInt:
            for case .text(let text) in arguments where Int(text) == nil {
                return "randomInt() needs whole numbers, found \"\(text)\""
            }
            if case .text(let low) = arguments[0], case .text(let high) = arguments[1], let low = Int(low),
                let high = Int(high), low > high
            {
                return "randomInt(\(low), \(high)) has its minimum above its maximum"
            }
            return nil
        case .hmacSHA256:
            guard arguments.count == 3 else { return nil }
            guard case .text(let encoding) = arguments[2], ["hex", "base64"].contains(encoding) else {
                return "the encoding of hmacSHA256() must be 'hex' or 'base64'"
            }
            return nil
        default:
            return nil
        }
    }

    private static func describe(_ arity: ClosedRange<Int>) -> String {
        let noun = { (count: Int) in count == 1 ? "argument" : "arguments" }
        if arity.lowerBound == arity.upperBound { return "\(arity.lowerBound) \(noun(arity.lowerBound))" }
        return "\(arity.lowerBound) or \(arity.upperBound) arguments"
    }
}
