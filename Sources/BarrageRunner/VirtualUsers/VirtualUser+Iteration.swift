import BarrageCore
import BarrageHTTP

extension VirtualUser {
    /// Runs one iteration: draws its data rows, picks a flow by weight, runs it, then waits out
    /// the scenario's `pace` (`iteration_duration` includes that wait, as a k6 `sleep` would).
    /// `intendedStart` is given by arrival-rate executors: the iteration and its first request are
    /// then measured from it. `startingAt` is a clock reading the caller just took, used as the
    /// iteration's actual start. Always inlined into the executors' loops: as an async call of its own it
    /// cost two executor checks per iteration under the task's status lock.
    @inline(__always)
    func runIteration(
        _ context: ScenarioContext,
        intendedStart: ContinuousClock.Instant? = nil,
        startingAt now: ContinuousClock.Instant? = nil
    ) async -> IterationOutcome {
        let iteration = iterationsStarted
        iterationsStarted += 1
        interruptRequested = false
        failures.removeAll(keepingCapacity: true)
        cookies.removeAll()
        let actualStart = now ?? ContinuousClock.now
        let measuredFrom = intendedStart ?? actualStart
        var scope = IterationScope(
            shared: context.shared, vu: id, iteration: iteration, scenario: context.scenario.name, random: random)
        defer { random = scope.random }

        var outcome = IterationOutcome.completed
        switch drawRows(context, into: &scope) {
        case .stop:
            context.stopForExhaustedData()
            return .interrupted
        case .unavailable(let checkName):
            context.recorder.recordCheck(checkName, passed: false, tags: context.scenarioTags)
            failures.append(checkName)
            outcome = .aborted
        case .drawn:
            let flow = context.flows[context.flowChoice.pick(scope.random.nextUnitDouble())]
            var lag = intendedStart.map { max(.zero, actualStart - $0) } ?? .zero
            outcome = await run(flow.steps, context, scope: &scope, startLag: &lag)
        }
        variables = scope.variables

        if context.isHardStopped || interruptRequested || outcome == .interrupted {
            interruptRequested = false
            return .interrupted
        }
        if let pace = context.scenario.pace { await holdPace(pace, since: measuredFrom, context) }
        let end = ContinuousClock.now
        context.recorder.recordIteration(
            duration: end - measuredFrom,
            startLag: intendedStart.map { max(.zero, actualStart - $0) },
            tags: context.scenarioTags,
            completedAt: end
        )
        return outcome
    }

    /// How drawing the iteration's data rows went.
    private enum RowDraw {
        case drawn
        /// A `unique-iteration` file with `onExhausted: stop` ran out: start nothing more.
        case stop
        /// No row may be handed out; the iteration fails with this check.
        case unavailable(String)
    }

    private func drawRows(_ context: ScenarioContext, into scope: inout IterationScope) -> RowDraw {
        for (binding, ticket) in context.dataBindings {
            let isPerIteration = if case .uniqueIteration = binding.allocation { true } else { false }
            let choice = binding.allocation.choose(
                rows: binding.table.rowCount, vu: id, iteration: scope.iteration,
                ticket: isPerIteration ? ticket.take() : 0,
                randomBits: binding.allocation == .random ? scope.random.next() : 0)
            switch choice {
            case .row(let row): scope.rows[binding.name] = (binding.table, row)
            case .stop: return .stop
            case .unavailable:
                return .unavailable(
                    isPerIteration
                        ? "data \(binding.name) has an unused row" : "data \(binding.name) has a row for VU \(id)")
            }
        }
        return .drawn
    }

    /// Waits until the iteration has lasted `pace`, and records whether it stayed within it as the
    /// check `iteration within pace <pace>` (a failure means the flow alone took longer). The wait
    /// ends early at the end of the scenario's schedule, after which no iteration follows.
    private func holdPace(_ pace: Duration, since start: ContinuousClock.Instant, _ context: ScenarioContext) async {
        let deadline = start + pace
        let held = ContinuousClock.now <= deadline
        context.recorder.recordCheck(
            "iteration within pace \(pace.scenarioNotation)", passed: held, tags: context.scenarioTags)
        if held, !context.isHardStopped {
            try? await Task.sleep(until: min(deadline, context.scheduleEnd), clock: .continuous)
        }
    }
}
