/// Every value each tag can take on the samples of one plan, read from the file before any load: the
/// scenario names, request names and methods, group paths, flow names, and the scenarios' and requests'
/// own tags. A threshold whose sub-metric asks for a tag value outside these (`{name:never-sent}` where no
/// request has that name) could only ever fail with "no samples" after the whole run, so validation
/// rejects it instead (exit 104). Tags whose values are only known at run time (`status`, `check`) are
/// open: any value is accepted.
struct PlanTagValues: Sendable {
    /// Tag keys whose values depend on responses or on generated check names.
    static let openKeys: Set<String> = [TagKey.status, TagKey.check]

    /// The values of each closed key.
    private(set) var values: [String: Set<String>] = [:]
    /// Scenarios with an arrival-rate executor: the only ones `achieved_rate_ratio` has values for.
    private(set) var arrivalRateScenarios: Set<String> = []

    /// The tag values of `plan`.
    init(_ plan: TestPlan) {
        values[TagKey.expectedResponse] = ["true", "false"]
        values[TagKey.errorCategory] = ["connectionRefused", "timeout", "connectionReset", "tls", "protocol", "dns", "other"]
        for scenario in plan.scenarios {
            insert(TagKey.scenario, scenario.name)
            for (key, value) in scenario.tags { insert(key, value) }
            for flow in scenario.flows {
                if scenario.flows.count > 1 { insert("flow", flow.name) }
                collect(flow.steps, groupPath: "")
            }
            switch scenario.executor {
            case .constantArrivalRate, .rampingArrivalRate: arrivalRateScenarios.insert(scenario.name)
            default: break
            }
        }
        if let setup = plan.setup {
            insert(TagKey.scenario, "setup")
            collect(setup, groupPath: "")
        }
        if let teardown = plan.teardown {
            insert(TagKey.scenario, "teardown")
            collect(teardown, groupPath: "")
        }
    }

    /// Why `selector`'s filters can never match a sample of this plan, or `nil` when they can.
    func problem(with selector: MetricSelector) -> (problem: String, expected: String)? {
        for tag in selector.filters.tags {
            if selector.metric == BuiltinMetric.achievedRateRatio.name {
                guard tag.key == TagKey.scenario else {
                    return ("achieved_rate_ratio has only the tag 'scenario', not '\(tag.key)'", "{scenario:NAME}")
                }
                guard arrivalRateScenarios.contains(tag.value) else {
                    return (
                        "scenario '\(tag.value)' has no arrival rate, so achieved_rate_ratio never has a value for it",
                        Self.listing(arrivalRateScenarios, near: tag.value, what: "an arrival-rate scenario")
                    )
                }
                continue
            }
            guard !Self.openKeys.contains(tag.key) else { continue }
            guard let known = values[tag.key] else {
                return ("no sample of this plan carries the tag '\(tag.key)'", Self.listing(Set(values.keys).union(Self.openKeys), near: tag.key, what: "a tag key"))
            }
            guard known.contains(tag.value) else {
                return ("no sample of this plan has \(tag.key) '\(tag.value)', so this threshold could never be judged", Self.listing(known, near: tag.value, what: "a value"))
            }
        }
        return nil
    }

    private mutating func insert(_ key: String, _ value: String) {
        values[key, default: []].insert(value)
    }

    private mutating func collect(_ steps: [Step], groupPath: String) {
        for step in steps {
            switch step {
            case .request(let request):
                insert(TagKey.name, request.name)
                insert(TagKey.method, request.method)
                if !groupPath.isEmpty { insert(TagKey.group, groupPath) }
                for (key, value) in request.tags { insert(key, value) }
            case .group(let group):
                let path = groupPath + "::" + group.name
                insert(TagKey.group, path)
                collect(group.steps, groupPath: path)
            case .think:
                break
            }
        }
    }

    private static func listing(_ candidates: Set<String>, near word: String, what: String) -> String {
        let sorted = candidates.sorted()
        let hint = KeySuggestion.closest(to: word, among: sorted).map { "\($0) (did you mean it?), or " } ?? ""
        let shown = sorted.prefix(20).joined(separator: ", ") + (sorted.count > 20 ? ", …" : "")
        return "\(what): \(hint)one of \(shown)"
    }
}
