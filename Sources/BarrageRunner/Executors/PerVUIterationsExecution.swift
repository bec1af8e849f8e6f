/// `per-vu-iterations`: each VU runs exactly `iterations` iterations (unless `maxDuration` ends
/// the scenario first).
enum PerVUIterationsExecution {
    static func run(_ context: ScenarioContext, vus: Int, iterations: Int) async {
        let users = (0..<vus).map { _ in context.makeVU() }
        await ScenarioSupervision.run(context) {
            await withTaskGroup(of: Void.self) { group in
                for vu in users {
                    group.addTask(executorPreference: vu.taskExecutor) {
                        await vu.runClosedLoop(context) { $0 < iterations }
                    }
                }
            }
        }
    }
}
