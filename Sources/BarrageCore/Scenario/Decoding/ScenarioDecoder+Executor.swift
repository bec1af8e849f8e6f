import Yams

/// Executor options with k6's defaults and k6's consistency rules (`maxVUs ≥ preAllocatedVUs`,
/// `vus ≤ iterations` for shared iterations, a run that lasts longer than zero).
extension ScenarioDecoder {
    mutating func executor(
        _ kind: ExecutorKind, _ entries: [MappingEntry], of node: Node, _ path: ScenarioKeyPath
    ) -> Executor? {
        let options = ExecutorOptions(entries: entries, node: node, path: path)
        switch kind {
        case .constantVUs:
            let vus = options.integer("vus", default: 1, minimum: 1, &self)
            let duration = options.requiredPositiveDuration("duration", &self)
            guard let vus, let duration else { return nil }
            return .constantVUs(vus: vus, duration: duration)
        case .rampingVUs:
            let startVUs = options.integer("startVUs", default: 1, minimum: 0, &self)
            let stages = options.stages(integerTargets: true, &self)
            let gracefulRampDown = options.duration("gracefulRampDown", default: .seconds(30), &self)
            guard let startVUs, let stages, let gracefulRampDown else { return nil }
            if startVUs == 0, stages.allSatisfy({ $0.target == 0 }) {
                fail("no VUs at any point of the ramp", expected: "startVUs or a stage target above 0", at: node, path)
                return nil
            }
            return .rampingVUs(startVUs: startVUs, stages: stages, gracefulRampDown: gracefulRampDown)
        case .constantArrivalRate:
            let rate = options.requiredNumber("rate", minimum: 0, &self)
            let arrival = options.arrivalRate(&self)
            let duration = options.requiredPositiveDuration("duration", &self)
            guard let rate, let arrival, let duration else { return nil }
            if rate == 0 {
                fail(
                    "rate is 0", expected: "a rate above 0", at: options.entry("rate")?.value ?? node, path.key("rate"))
                return nil
            }
            return .constantArrivalRate(arrival, rate: rate, duration: duration)
        case .rampingArrivalRate:
            let startRate = options.number("startRate", default: 0, minimum: 0, &self)
            let arrival = options.arrivalRate(&self)
            let stages = options.stages(integerTargets: false, &self)
            guard let startRate, let arrival, let stages else { return nil }
            return .rampingArrivalRate(arrival, startRate: startRate, stages: stages)
        case .perVUIterations, .sharedIterations:
            let vus = options.integer("vus", default: 1, minimum: 1, &self)
            let iterations = options.integer("iterations", default: 1, minimum: 1, &self)
            let maxDuration = options.positiveDuration("maxDuration", default: .seconds(600), &self)
            guard let vus, let iterations, let maxDuration else { return nil }
            if kind == .perVUIterations {
                return .perVUIterations(vus: vus, iterations: iterations, maxDuration: maxDuration)
            }
            guard vus <= iterations else {
                fail(
                    "vus (\(vus)) is greater than iterations (\(iterations))",
                    expected: "at most as many VUs as iterations, since each VU runs at least one",
                    at: options.entry("vus")?.value ?? node, path.key("vus")
                )
                return nil
            }
            return .sharedIterations(vus: vus, iterations: iterations, maxDuration: maxDuration)
        }
    }
}

/// Reads one scenario's executor options, applying defaults for absent keys.
private struct ExecutorOptions {
    let entries: [MappingEntry]
    let node: Node
    let path: ScenarioKeyPath

    func entry(_ key: String) -> MappingEntry? { entries.first { $0.key == key } }

    func integer(_ key: String, default value: Int, minimum: Int, _ decoder: inout ScenarioDecoder) -> Int? {
        guard let entry = entry(key) else { return value }
        return decoder.integer(entry.value, entry.path, minimum: minimum)
    }

    func number(_ key: String, default value: Double, minimum: Double, _ decoder: inout ScenarioDecoder) -> Double? {
        guard let entry = entry(key) else { return value }
        return decoder.number(entry.value, entry.path, minimum: minimum)
    }

    func requiredNumber(_ key: String, minimum: Double, _ decoder: inout ScenarioDecoder) -> Double? {
        guard let entry = decoder.required(key, in: entries, of: node, path.key(key), expected: "a number") else {
            return nil
        }
        return decoder.number(entry.value, entry.path, minimum: minimum)
    }

    func requiredInteger(_ key: String, minimum: Int, _ decoder: inout ScenarioDecoder) -> Int? {
        let expected = "a whole number of at least \(minimum)"
        guard let entry = decoder.required(key, in: entries, of: node, path.key(key), expected: expected) else {
            return nil
        }
        return decoder.integer(entry.value, entry.path, minimum: minimum)
    }

    func duration(_ key: String, default value: Duration, _ decoder: inout ScenarioDecoder) -> Duration? {
        guard let entry = entry(key) else { return value }
        return decoder.duration(entry.value, entry.path)
    }

    func positiveDuration(_ key: String, default value: Duration, _ decoder: inout ScenarioDecoder) -> Duration? {
        guard let entry = entry(key) else { return value }
        return decoder.positiveDuration(entry.value, entry.path)
    }

    func requiredPositiveDuration(_ key: String, _ decoder: inout ScenarioDecoder) -> Duration? {
        let expected = "a duration such as 30s or 5m"
        guard let entry = decoder.required(key, in: entries, of: node, path.key(key), expected: expected) else {
            return nil
        }
        return decoder.positiveDuration(entry.value, entry.path)
    }

    /// `timeUnit`, `preAllocatedVUs` and `maxVUs` (default: `preAllocatedVUs`, never fewer).
    func arrivalRate(_ decoder: inout ScenarioDecoder) -> ArrivalRateOptions? {
        let timeUnit = positiveDuration("timeUnit", default: .seconds(1), &decoder)
        let preAllocated = requiredInteger("preAllocatedVUs", minimum: 0, &decoder)
        let maxVUs: Int? =
            if let maxEntry = entry("maxVUs") {
                decoder.integer(maxEntry.value, maxEntry.path, minimum: 1)
            } else {
                preAllocated.map { max($0, 1) }
            }
        guard let timeUnit, let preAllocated, let maxVUs else { return nil }
        guard maxVUs >= preAllocated else {
            decoder.fail(
                "maxVUs (\(maxVUs)) is less than preAllocatedVUs (\(preAllocated))",
                expected: "maxVUs of at least preAllocatedVUs",
                at: entry("maxVUs")?.value ?? node, path.key("maxVUs")
            )
            return nil
        }
        return ArrivalRateOptions(timeUnit: timeUnit, preAllocatedVUs: preAllocated, maxVUs: maxVUs)
    }

    /// `stages:` — at least one, with a total duration above zero. VU targets must be whole numbers;
    /// arrival-rate targets may have fractions.
    func stages(integerTargets: Bool, _ decoder: inout ScenarioDecoder) -> [Stage]? {
        let expected = "a list of { duration, target } stages"
        guard
            let stagesEntry = decoder.required("stages", in: entries, of: node, path.key("stages"), expected: expected),
            let elements = decoder.sequence(stagesEntry.value, stagesEntry.path, expected: expected)
        else { return nil }
        guard !elements.isEmpty else {
            decoder.fail("no stages", expected: "at least one stage", at: stagesEntry.value, stagesEntry.path)
            return nil
        }
        let stages = elements.map { element, elementPath in
            stage(element, elementPath, integerTarget: integerTargets, &decoder)
        }
        let decoded = stages.compactMap { $0 }
        guard decoded.count == stages.count else { return nil }
        guard decoded.contains(where: { $0.duration > .zero }) else {
            decoder.fail(
                "the stages last 0s in total", expected: "at least one stage longer than 0s", at: stagesEntry.value,
                stagesEntry.path)
            return nil
        }
        return decoded
    }

    private func stage(
        _ node: Node, _ path: ScenarioKeyPath, integerTarget: Bool, _ decoder: inout ScenarioDecoder
    ) -> Stage? {
        let expected = "a mapping with duration and target"
        guard let entries = decoder.mapping(node, path, expected: expected, allowed: ["duration", "target"]) else {
            return nil
        }
        let durationEntry = decoder.required(
            "duration", in: entries, of: node, path.key("duration"), expected: "a duration such as 30s")
        let targetEntry = decoder.required(
            "target", in: entries, of: node, path.key("target"), expected: "a number of at least 0")
        let duration = durationEntry.flatMap { decoder.duration($0.value, $0.path) }
        let target: Double? = targetEntry.flatMap { entry in
            integerTarget
                ? decoder.integer(entry.value, entry.path, minimum: 0).map(Double.init)
                : decoder.number(entry.value, entry.path, minimum: 0)
        }
        guard let duration, let target else { return nil }
        return Stage(duration: duration, target: target)
    }
}
