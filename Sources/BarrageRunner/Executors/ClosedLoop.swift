extension VirtualUser {
    /// The loop of a closed-model VU: start the next iteration as soon as the last one ends, while
    /// the scenario allows it and `keepGoing` (given the iterations this VU started) says so. It runs on the VU's own executor (its event
    /// loop), so iterations follow one another without a thread hop.
    func runClosedLoop(_ context: ScenarioContext, keepGoing: @Sendable (_ iterationsStarted: Int) -> Bool = { _ in true }) async {
        context.accounting.activate()
        defer { context.accounting.deactivate() }
        while true {
            let now = ContinuousClock.now
            guard context.mayStartIteration(at: now), keepGoing(iterationsStarted), !Task.isCancelled else { return }
            let outcome = await runIteration(context, startingAt: now)
            if outcome == .interrupted { return }
        }
    }
}
