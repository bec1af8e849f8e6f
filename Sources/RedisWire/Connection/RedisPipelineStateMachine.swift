import NIOCore

/// The bookkeeping of one pipelined connection, without I/O: which requests are waiting for
/// replies, in order, and what must happen when a reply, a timeout or a close arrives.
///
/// Redis answers strictly in order, so the oldest request in flight owns the next reply.
/// When one reply does not come in time, every later reply is stuck behind it; the machine
/// therefore closes the connection on a timeout and fails everything still in flight.
/// Generic over the request so tests can drive it with plain values.
struct RedisPipelineStateMachine<Request> {
    /// What to do with a request handed to `send`.
    enum SendAction {
        /// Write it; `id` identifies it for a later timeout.
        case write(id: UInt64)
        /// The connection is closed; fail the request with this error instead of writing.
        case fail(RedisError)
    }

    /// What to do with a reply that just arrived.
    enum ReplyAction {
        /// Complete this request (written as `id`) with the reply.
        case complete(Request, id: UInt64)
        /// A reply nobody asked for: the stream is out of step, so close and fail these.
        case closeConnection(RedisError, failing: [(Request, RedisError)])
    }

    /// What to do when a request's timer fires.
    enum TimeoutAction {
        /// The reply came first; nothing to do.
        case none
        /// Close the connection and fail these requests (the timed-out one first).
        case closeConnection(failing: [(Request, RedisError)])
    }

    private var inFlight = CircularBuffer<(id: UInt64, request: Request, command: String)>()
    private var nextID: UInt64 = 0
    private var closedBecause: RedisError?

    /// Number of requests written and not yet answered.
    var inFlightCount: Int { inFlight.count }

    /// Whether the connection has been closed for any reason.
    var isClosed: Bool { closedBecause != nil }

    /// A request is about to be written; `command` names it for error messages.
    mutating func send(_ request: Request, command: String) -> SendAction {
        if let closedBecause { return .fail(closedBecause) }
        let id = nextID
        nextID &+= 1
        inFlight.append((id, request, command))
        return .write(id: id)
    }

    /// A complete reply arrived.
    mutating func replyReceived() -> ReplyAction {
        guard let oldest = inFlight.popFirst() else {
            let error = RedisError.connectionClosed(reason: "received a reply with no command in flight")
            return .closeConnection(error, failing: close(because: error))
        }
        return .complete(oldest.request, id: oldest.id)
    }

    /// The timer of request `id` fired after `timeout`.
    mutating func timedOut(id: UInt64, after timeout: Duration) -> TimeoutAction {
        guard let index = inFlight.firstIndex(where: { $0.id == id }) else { return .none }
        let command = inFlight[index].command
        let timedOut = inFlight.remove(at: index)
        let othersError = RedisError.connectionClosed(reason: "closed after \(command) timed out")
        var failing = [(timedOut.request, RedisError.commandTimeout(command: command, after: timeout))]
        failing += close(because: othersError)
        return .closeConnection(failing: failing)
    }

    /// The connection closed (or must close) because of `error`; returns every request to fail.
    ///
    /// Later sends fail with the first close reason, so callers learn why the connection died.
    mutating func close(because error: RedisError) -> [(Request, RedisError)] {
        if closedBecause == nil { closedBecause = error }
        let failing = inFlight.map { ($0.request, error) }
        inFlight.removeAll()
        return failing
    }
}
