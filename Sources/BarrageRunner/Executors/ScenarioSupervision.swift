/// Runs an executor's work and enforces the end of the scenario around it: once the schedule is
/// over (or a stop was requested) in-flight iterations get `gracefulStop` to finish, then the
/// work is cut short with a hard stop. Returns when the work is done either way.
enum ScenarioSupervision {
    static func run(_ context: ScenarioContext, work: @escaping @Sendable () async -> Void) async {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await work()
                return true
            }
            group.addTask {
                await waitForHardDeadline(context)
                return Task.isCancelled
            }
            let workFinishedFirst = await group.next() ?? true
            if !workFinishedFirst {
                await context.hardStop()
            }
            group.cancelAll()
            await group.waitForAll()
        }
        await context.closeConnections()
    }

    /// Sleeps until the schedule ends (or a stop is requested), then for `gracefulStop` more.
    /// Returns early when cancelled, which happens when the work finished in time.
    private static func waitForHardDeadline(_ context: ScenarioContext) async {
        let stoppedEarly = await context.stop.sleep(until: context.scheduleEnd)
        guard !Task.isCancelled else { return }
        let graceStart = stoppedEarly ? ContinuousClock.now : context.scheduleEnd
        try? await Task.sleep(until: graceStart + context.timeline.gracefulStop, clock: .continuous)
    }
}
