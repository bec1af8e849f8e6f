import BarrageCore
import BarrageHTTP

extension VirtualUser {
    /// Runs one iteration of the scenario's flow. `intendedStart` is given by arrival-rate
    /// executors: the iteration and its first request are then measured from it.
    func runIteration(
        _ context: ScenarioContext,
        intendedStart: ContinuousClock.Instant? = nil
    ) async -> IterationOutcome {
        let iteration = iterationsStarted
        iterationsStarted += 1
        interruptRequested = false
        variables.removeAll(keepingCapacity: true)
        let actualStart = ContinuousClock.now
        let measuredFrom = intendedStart ?? actualStart
        var pendingLag = intendedStart.map { max(.zero, actualStart - $0) } ?? .zero
        var outcome = IterationOutcome.completed

        steps: for (index, step) in context.scenario.flow.enumerated() {
            if context.isHardStopped || interruptRequested { break steps }
            switch step {
            case .request(let request):
                let lookup = variableLookup(context: context, iteration: iteration)
                switch context.requestBuilder.build(request, variables: lookup) {
                case .failure(let failure):
                    context.recorder.recordCheck(failure.checkName, passed: false, tags: context.requestTags[index])
                    outcome = .aborted
                    break steps
                case .success(let built):
                    let result = await connection(to: built.endpoint).execute(built.request)
                    if context.isHardStopped || interruptRequested { break steps }
                    let recorded = context.recorder.recordRequest(
                        result, baseTags: context.requestTags[index], startLag: pendingLag, completedAt: .now
                    )
                    pendingLag = .zero
                    var response = ResponseView(result: result, duration: recorded.duration)
                    for capture in request.captures {
                        variables[capture.variable] = capture.extract(from: &response)
                    }
                    for check in request.checks {
                        context.recorder.recordCheck(
                            check.name, passed: check.passes(&response), tags: context.requestTags[index]
                        )
                    }
                }
            case .think(let thinkTime, _):
                try? await Task.sleep(for: thinkTime.sample(using: &random))
            }
        }

        if context.isHardStopped || interruptRequested {
            interruptRequested = false
            return .interrupted
        }
        let end = ContinuousClock.now
        context.recorder.recordIteration(
            duration: end - measuredFrom,
            startLag: intendedStart.map { max(.zero, actualStart - $0) },
            tags: context.scenarioTags,
            completedAt: end
        )
        return outcome
    }

    /// Resolves `${name}` at run time: captured variables first, then the built-ins.
    private func variableLookup(context: ScenarioContext, iteration: Int) -> (String) -> String? {
        let captured = variables
        let vu = id
        let scenarioName = context.scenario.name
        return { name in
            if let value = captured[name] { return value }
            switch name {
            case "vu": return String(vu)
            case "iteration": return String(iteration)
            case "scenario": return scenarioName
            default: return nil
            }
        }
    }
}

extension ThinkTime {
    /// One pause drawn from the configured distribution.
    func sample(using random: inout some RandomNumberGenerator) -> Duration {
        switch self {
        case .fixed(let duration):
            return duration
        case .uniform(let low, let high):
            let lowNanos = Int64(low.seconds * 1e9)
            let highNanos = Int64(high.seconds * 1e9)
            guard highNanos > lowNanos else { return low }
            return .nanoseconds(Int64.random(in: lowNanos...highNanos, using: &random))
        }
    }
}
