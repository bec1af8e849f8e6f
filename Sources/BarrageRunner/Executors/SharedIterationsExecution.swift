import Synchronization

/// `shared-iterations`: `iterations` iterations in all, taken first come first served by `vus`
/// VUs, so fast VUs do more of them.
enum SharedIterationsExecution {
    static func run(_ context: ScenarioContext, vus: Int, iterations: Int) async {
        let users = (0..<vus).map { _ in context.makeVU() }
        let taken = Counter()
        await ScenarioSupervision.run(context) {
            await withTaskGroup(of: Void.self) { group in
                for vu in users {
                    group.addTask(executorPreference: vu.taskExecutor) {
                        await vu.runClosedLoop(context) { _ in taken.next() < iterations }
                    }
                }
            }
        }
    }

    /// Hands out iteration numbers across VUs.
    private final class Counter: Sendable {
        private let value = Atomic<Int>(0)
        func next() -> Int { value.add(1, ordering: .relaxed).oldValue }
    }
}
