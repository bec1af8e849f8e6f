import Logging
import NIOCore
import NIOPosix
import Synchronization

/// A bounded set of Redis connections shared by a whole process.
///
/// Each call leases a connection, uses it and gives it back; closed connections are dropped and
/// replaced on demand, so the pool recovers by itself when Redis comes back after an outage.
/// `RedisPoolStateMachine` makes every decision; this class only holds sockets and continuations.
public final class RedisConnectionPool: RedisCommands, Sendable {
    typealias Continuation = CheckedContinuation<Lease, any Error>

    struct Lease: Sendable {
        var id: Int
        var connection: RedisConnection
    }

    fileprivate struct State: Sendable {
        var machine: RedisPoolStateMachine
        var connections: [Int: RedisConnection] = [:]
        var waiters: [Int: Continuation] = [:]
        var nextWaiter = 0
    }

    fileprivate struct Effects {
        var close: [RedisConnection] = []
        var fail: [(Continuation, RedisError)] = []
        var handoff: (Continuation, Lease)?
        var create: [Int] = []
    }

    /// Where the connections go.
    public let configuration: RedisConfiguration
    /// Size and waiting limits.
    public let poolConfiguration: RedisPoolConfiguration
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    private let state: Mutex<State>

    /// Creates a pool; no connection is opened until the first command.
    public init(
        configuration: RedisConfiguration,
        poolConfiguration: RedisPoolConfiguration = RedisPoolConfiguration(),
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger = Logger(label: "RedisWire.pool")
    ) {
        self.configuration = configuration
        self.poolConfiguration = poolConfiguration
        self.eventLoopGroup = eventLoopGroup
        self.logger = logger
        self.state = Mutex(State(machine: RedisPoolStateMachine(maxConnections: poolConfiguration.maxConnections)))
    }

    /// Sends one command on a pooled connection.
    public func send(command: [RedisArgument]) async throws(RedisError) -> RESPValue {
        let lease = try await lease()
        do {
            let reply = try await lease.connection.send(command: command)
            release(lease)
            return reply
        } catch {
            release(lease)
            throw error
        }
    }

    /// Lends one connection for several commands, e.g. to pipeline them with `async let`.
    @discardableResult
    public func withConnection<Result>(_ body: (RedisConnection) async throws -> Result) async throws -> Result {
        let lease = try await lease()
        do {
            let result = try await body(lease.connection)
            release(lease)
            return result
        } catch {
            release(lease)
            throw error
        }
    }

    /// Current counts, for metrics.
    public var statistics: RedisPoolStatistics {
        state.withLock { state in
            RedisPoolStatistics(
                leased: state.machine.leasedCount,
                idle: state.machine.idleCount,
                connecting: state.machine.connectingCount,
                waiting: state.machine.waitingCount
            )
        }
    }

    /// Closes idle connections, fails waiting callers, and closes leased connections as they come back.
    public func shutdown() {
        perform(state.withLock { state in state.resolve(state.machine.shutDown()) })
    }

    private func lease() async throws(RedisError) -> Lease {
        while true {
            let lease = try await leaseOnce()
            if lease.connection.isActive { return lease }
            logger.debug("dropping a pooled Redis connection that closed while idle")
            release(lease)
        }
    }

    private func leaseOnce() async throws(RedisError) -> Lease {
        let waiter = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: Continuation) in
                    if Task.isCancelled {
                        continuation.resume(throwing: RedisError.cancelled)
                        return
                    }
                    let effects: Effects? = state.withLock { state in
                        switch state.machine.lease(waiter: waiter) {
                        case .leased(let id):
                            // The machine only lends ids of connections it was told are open.
                            continuation.resume(returning: Lease(id: id, connection: state.connections[id]!))
                            return nil
                        case .failed(let error):
                            continuation.resume(throwing: error)
                            return nil
                        case .wait(let actions):
                            state.waiters[waiter] = continuation
                            return state.resolve(actions)
                        }
                    }
                    if let effects {
                        perform(effects)
                        scheduleDeadline(for: waiter)
                    }
                }
            } onCancel: {
                giveUp(waiter, with: .cancelled)
            }
        } catch {
            throw error as? RedisError ?? .cancelled
        }
    }

    private func scheduleDeadline(for waiter: Int) {
        let timeout = poolConfiguration.leaseTimeout
        let error = RedisError.poolExhausted(waited: timeout, maxConnections: poolConfiguration.maxConnections)
        eventLoopGroup.any().scheduleTask(in: TimeAmount(timeout)) { [self] in
            giveUp(waiter, with: error)
        }
    }

    private func giveUp(_ waiter: Int, with error: RedisError) {
        let continuation: Continuation? = state.withLock { state in
            guard state.machine.waiterGaveUp(waiter) else { return nil }
            return state.waiters.removeValue(forKey: waiter)
        }
        continuation?.resume(throwing: error)
    }

    private func release(_ lease: Lease) {
        let reusable = lease.connection.isActive
        perform(state.withLock { state in state.resolve(state.machine.release(lease.id, reusable: reusable)) })
    }

    private func perform(_ effects: Effects) {
        for connection in effects.close {
            connection.startClosing()
        }
        for (continuation, error) in effects.fail {
            continuation.resume(throwing: error)
        }
        if let (continuation, lease) = effects.handoff {
            continuation.resume(returning: lease)
        }
        for id in effects.create {
            openConnection(id)
        }
    }

    private func openConnection(_ id: Int) {
        Task { [self] in
            let effects: Effects
            do throws(RedisError) {
                let connection = try await RedisConnection.connect(configuration: configuration, eventLoopGroup: eventLoopGroup)
                effects = state.withLock { state in
                    state.connections[id] = connection
                    return state.resolve(state.machine.connected(id))
                }
            } catch {
                logger.debug("Redis connection failed", metadata: ["error": "\(error)"])
                effects = state.withLock { state in state.resolve(state.machine.connectFailed(id, error: error)) }
            }
            perform(effects)
        }
    }
}

extension RedisConnectionPool.State {
    /// Turns the machine's id-based actions into the sockets and continuations they name.
    fileprivate mutating func resolve(_ actions: RedisPoolStateMachine.Actions) -> RedisConnectionPool.Effects {
        var effects = RedisConnectionPool.Effects()
        effects.close = actions.close.compactMap { connections.removeValue(forKey: $0) }
        effects.fail = actions.fail.compactMap { waiter, error in
            waiters.removeValue(forKey: waiter).map { ($0, error) }
        }
        if let handoff = actions.handoff, let continuation = waiters.removeValue(forKey: handoff.waiter),
            let connection = connections[handoff.connection]
        {
            effects.handoff = (continuation, RedisConnectionPool.Lease(id: handoff.connection, connection: connection))
        }
        effects.create = actions.create
        return effects
    }
}
