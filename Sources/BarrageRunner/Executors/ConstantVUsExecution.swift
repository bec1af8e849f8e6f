/// `constant-vus`: a fixed number of VUs loop over the flow for the scenario's duration.
enum ConstantVUsExecution {
    static func run(_ context: ScenarioContext, vus: Int) async {
        let users = (0..<vus).map { _ in context.makeVU() }
        await ScenarioSupervision.run(context) {
            await withTaskGroup(of: Void.self) { group in
                for vu in users {
                    group.addTask(executorPreference: vu.taskExecutor) { await vu.runClosedLoop(context) }
                }
            }
        }
    }
}
