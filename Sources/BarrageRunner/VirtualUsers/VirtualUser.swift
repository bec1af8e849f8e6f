import BarrageCore
import BarrageHTTP
import NIOCore

/// One simulated user: its own keep-alive connection(s), its variables, its iteration count.
///
/// The actor runs on the event loop that owns its connection, so awaiting a response resumes on
/// the same thread with no hop between the network and the flow.
actor VirtualUser {
    nonisolated let unownedExecutor: UnownedSerialExecutor
    /// Run-wide VU number, from 1, as k6's `__VU`.
    let id: Int
    let eventLoop: any EventLoop
    /// The executor the VU's tasks should prefer (see `EventLoopTaskExecutor`).
    nonisolated let taskExecutor: EventLoopTaskExecutor
    private let engine: HTTPClientEngine
    private var connections: [HTTPEndpoint: HTTPConnection] = [:]
    /// The connection of the last request: most flows talk to one host, so most requests find
    /// their connection here without hashing the endpoint.
    private var lastConnection: HTTPConnection?
    /// Iterations this VU has started in its scenario, as k6's `__ITER`.
    var iterationsStarted = 0

    /// `seed` (from `--seed`) makes the VU's random choices reproducible; nil draws a fresh seed.
    /// The VU lives on `loop`, or on the engine's next loop in turn.
    init(id: Int, engine: HTTPClientEngine, seed: UInt64? = nil, on loop: (any EventLoop)? = nil) {
        self.id = id
        self.engine = engine
        var system = SystemRandomNumberGenerator()
        self.random = SeededGenerator(seed: seed ?? system.next(), stream: id)
        let loop = loop ?? engine.eventLoopGroup.next()
        self.eventLoop = loop
        self.taskExecutor = EventLoopTaskExecutor(loop: loop)
        self.unownedExecutor = loop.executor.asUnownedSerialExecutor()
    }

    /// Values captured by the last iteration, by variable name (what a setup hands to every VU).
    var variables: [String: VariableValue] = [:]
    /// Failed checks and requests of the current iteration when the context collects them (the
    /// setup's verdict).
    var failures: [String] = []
    /// Set when the VU's current iteration must end now (a ramp-down grace period ran out).
    var interruptRequested = false
    /// Draws think times, data rows, flows, `uuid` and `randomInt`.
    var random: SeededGenerator
    /// Cookies set during the current iteration.
    var cookies = CookieJar()

    /// Closes every connection; an in-flight request then ends as a failure, which the caller
    /// discards when the stop was a hard one.
    func close() async {
        for connection in connections.values { await connection.close() }
        connections.removeAll()
        lastConnection = nil
    }

    /// Ends the current iteration at once: its results are discarded and it is not counted.
    func interrupt() async {
        interruptRequested = true
        await close()
    }

    func connection(to endpoint: HTTPEndpoint) -> HTTPConnection {
        if let lastConnection, lastConnection.endpoint == endpoint { return lastConnection }
        let connection = connections[endpoint] ?? engine.makeConnection(to: endpoint, on: eventLoop)
        connections[endpoint] = connection
        lastConnection = connection
        return connection
    }
}

/// How an iteration ended, for the executor's bookkeeping.
enum IterationOutcome: Sendable, Equatable {
    /// Every step ran (checks may still have failed).
    case completed
    /// A step could not run (an unresolved variable after a failed capture); counted as an iteration.
    case aborted
    /// Cut short by a hard stop; its results are discarded and it is not counted.
    case interrupted
}
