/// Which run-time variables a flow reads, so a run knows which data files an iteration must draw
/// a row from before its first request, and validation knows which bindings a scenario uses.
extension Step {
    /// Every variable read by this step's templates, groups included.
    public var referencedVariables: Set<String> {
        switch self {
        case .think: []
        case .group(let group): group.steps.reduce(into: []) { $0.formUnion($1.referencedVariables) }
        case .request(let request): request.referencedVariables
        }
    }
}

extension RequestStep {
    /// Variables read by the URL, query, headers and body.
    public var referencedVariables: Set<String> {
        var names = Set(url.variables)
        for parameter in query { names.formUnion(parameter.value.variables) }
        for header in headers { names.formUnion(header.value.variables) }
        switch body {
        case .text(let template)?: names.formUnion(template.variables)
        case .json(let template)?: names.formUnion(template.variables)
        case .form(let fields)?: for field in fields { names.formUnion(field.value.variables) }
        case .bytes?, nil: break
        }
        return names
    }
}

extension JSONTemplate {
    /// Variables read anywhere in the document.
    public var variables: [String] {
        switch self {
        case .null, .bool, .number: []
        case .string(let template): template.variables
        case .array(let elements): elements.flatMap(\.variables)
        case .object(let members): members.flatMap(\.value.variables)
        }
    }
}

extension Scenario {
    /// The data bindings any of the scenario's flows reads.
    public func dataBindingsUsed(among bindings: [DataBinding]) -> [DataBinding] {
        let names = flows.reduce(into: Set<String>()) { result, flow in
            for step in flow.steps { result.formUnion(step.referencedVariables) }
        }
        return bindings.filter { binding in names.contains { $0.hasPrefix(binding.name + ".") } }
    }

    /// The most VUs the executor can have at once, which `unique` allocation must cover.
    public var maximumVUs: Int {
        switch executor {
        case .constantVUs(let vus, _), .perVUIterations(let vus, _, _), .sharedIterations(let vus, _, _): vus
        case .rampingVUs(let startVUs, let stages, _):
            max(startVUs, Int((stages.map(\.target).max() ?? 0).rounded(.up)))
        case .constantArrivalRate(let options, _, _), .rampingArrivalRate(let options, _, _): options.maxVUs
        }
    }
}
