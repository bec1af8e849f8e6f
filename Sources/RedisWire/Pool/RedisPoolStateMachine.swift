import NIOCore

/// The decisions of the connection pool, without I/O: who gets which connection, when to open
/// a new one, when to close one, and whom to fail.
///
/// Connections and waiters are plain ids; `RedisConnectionPool` maps them to sockets and
/// continuations and performs the returned `Actions`. Rules: an idle connection is reused
/// (most recently used first, so surplus ones idle out on the server side); a waiter with no idle
/// connection causes a new one while fewer than `maxConnections` exist; a new or released
/// connection goes to the oldest waiter; a failed connect fails the oldest waiter at once (so an
/// outage is reported in milliseconds, not after the lease timeout); broken connections are dropped
/// and replaced only when someone is waiting.
struct RedisPoolStateMachine {
    typealias ConnectionID = Int
    typealias WaiterID = Int

    /// A connection handed to a waiter.
    struct Handoff: Hashable {
        var connection: ConnectionID
        var waiter: WaiterID
    }

    /// Everything the I/O layer must do after an event, in this order: close, fail, hand off, create.
    struct Actions: Hashable {
        var close: [ConnectionID] = []
        var fail: [WaiterID: RedisError] = [:]
        var handoff: Handoff?
        var create: [ConnectionID] = []
    }

    /// The answer to a lease request.
    enum LeaseResult: Hashable {
        /// Use this idle connection now.
        case leased(ConnectionID)
        /// Wait; perform `actions` (possibly opening a connection) meanwhile.
        case wait(Actions)
        /// The pool is shut down.
        case failed(RedisError)
    }

    let maxConnections: Int
    private var idle: [ConnectionID] = []
    private var leased: Set<ConnectionID> = []
    private var connecting: Set<ConnectionID> = []
    private var waiters = CircularBuffer<WaiterID>()
    private var nextConnectionID = 0
    private(set) var isShutDown = false

    init(maxConnections: Int) {
        precondition(maxConnections > 0, "a pool needs at least one connection")
        self.maxConnections = maxConnections
    }

    /// Counts for metrics: connections in use, idle, being opened, and tasks waiting.
    var leasedCount: Int { leased.count }
    var idleCount: Int { idle.count }
    var connectingCount: Int { connecting.count }
    var waitingCount: Int { waiters.count }

    mutating func lease(waiter: WaiterID) -> LeaseResult {
        if isShutDown { return .failed(.poolClosed) }
        if let connection = idle.popLast() {
            leased.insert(connection)
            return .leased(connection)
        }
        waiters.append(waiter)
        var actions = Actions()
        openConnectionsForWaiters(into: &actions)
        return .wait(actions)
    }

    mutating func connected(_ connection: ConnectionID) -> Actions {
        connecting.remove(connection)
        var actions = Actions()
        if isShutDown {
            actions.close.append(connection)
        } else {
            give(connection, into: &actions)
        }
        return actions
    }

    mutating func connectFailed(_ connection: ConnectionID, error: RedisError) -> Actions {
        connecting.remove(connection)
        var actions = Actions()
        if let waiter = waiters.popFirst() {
            actions.fail[waiter] = error
        }
        openConnectionsForWaiters(into: &actions)
        return actions
    }

    /// A leased connection comes back; `reusable` is false when it closed or misbehaved.
    mutating func release(_ connection: ConnectionID, reusable: Bool) -> Actions {
        guard leased.remove(connection) != nil else { return Actions() }
        var actions = Actions()
        if reusable && !isShutDown {
            give(connection, into: &actions)
        } else {
            actions.close.append(connection)
            openConnectionsForWaiters(into: &actions)
        }
        return actions
    }

    /// The waiter's deadline passed (or its task was cancelled); true when it was still waiting and must be failed.
    mutating func waiterGaveUp(_ waiter: WaiterID) -> Bool {
        guard let index = waiters.firstIndex(of: waiter) else { return false }
        waiters.remove(at: index)
        return true
    }

    /// Stops the pool: idle connections close now, leased ones when they come back, waiters fail.
    mutating func shutDown() -> Actions {
        var actions = Actions()
        guard !isShutDown else { return actions }
        isShutDown = true
        actions.close = idle
        idle.removeAll()
        while let waiter = waiters.popFirst() {
            actions.fail[waiter] = .poolClosed
        }
        return actions
    }

    private mutating func give(_ connection: ConnectionID, into actions: inout Actions) {
        if let waiter = waiters.popFirst() {
            leased.insert(connection)
            actions.handoff = Handoff(connection: connection, waiter: waiter)
        } else {
            idle.append(connection)
        }
    }

    private mutating func openConnectionsForWaiters(into actions: inout Actions) {
        guard !isShutDown else { return }
        while waiters.count > connecting.count,
            idle.count + leased.count + connecting.count < maxConnections
        {
            let connection = nextConnectionID
            nextConnectionID += 1
            connecting.insert(connection)
            actions.create.append(connection)
        }
    }
}
