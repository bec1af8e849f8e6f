/// `per-vu-iterations`: each VU runs exactly `iterations` iterations (unless `maxDuration` ends
/// the scenario first).
enum PerVUIterationsExecution {
    static func run(_ context: ScenarioContext, vus: Int, iterations: Int) async {
        let users = (0..<vus).map { _ in context.makeVU() }
        await ScenarioSupervision.run(context) {
            await withTaskGroup(of: Void.self) { group in
                for vu in users {
                    group.addTask {
                        context.accounting.activate()
                        defer { context.accounting.deactivate() }
                        for _ in 0..<iterations {
                            guard context.mayStartIteration, !Task.isCancelled else { return }
                            if await vu.runIteration(context) == .interrupted { return }
                        }
                    }
                }
            }
        }
    }
}
