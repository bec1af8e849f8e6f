import NIOCore

/// Runs a task's non-isolated work on one event loop, marked as running on that loop's serial
/// executor.
///
/// A VU's task prefers this executor, so when a response resumes it the resumption is queued on
/// the VU's own loop (no wake-up of another thread), and the hop back onto the VU actor — whose
/// executor is the same loop — costs nothing. Without it every response would bounce through the
/// global concurrent pool and back: two thread switches per request.
final class EventLoopTaskExecutor: TaskExecutor, Sendable {
    let loop: any EventLoop
    private let serialExecutor: UnownedSerialExecutor

    init(loop: any EventLoop) {
        self.loop = loop
        self.serialExecutor = loop.executor.asUnownedSerialExecutor()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let serialExecutor = self.serialExecutor
        let taskExecutor = asUnownedTaskExecutor()
        loop.execute {
            job.runSynchronously(isolatedTo: serialExecutor, taskExecutor: taskExecutor)
        }
    }
}
