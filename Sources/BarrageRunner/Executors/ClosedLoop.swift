/// The loop of a closed-model VU: start the next iteration as soon as the last one ends, while
/// the scenario allows it and `keepGoing` says so.
enum ClosedLoop {
    static func run(
        _ vu: VirtualUser,
        in context: ScenarioContext,
        keepGoing: @Sendable () -> Bool = { true }
    ) async {
        context.accounting.activate()
        defer { context.accounting.deactivate() }
        while context.mayStartIteration, keepGoing(), !Task.isCancelled {
            let outcome = await vu.runIteration(context)
            if outcome == .interrupted { return }
        }
    }
}
