import NIOCore

/// One virtual user's keep-alive connection: requests run strictly one at a time,
/// connecting lazily and reconnecting transparently, like a k6 or wrk connection.
public final class HTTPConnection: Sendable {
    /// The loop the connection lives on. Calling ``execute(_:isolation:)`` from an
    /// actor whose executor is this loop's makes the whole exchange hop-free.
    public let eventLoop: any EventLoop
    /// Where every request on this connection goes.
    public let endpoint: HTTPEndpoint
    private let driver: NIOLoopBoundBox<ConnectionDriver>

    init(connector: ChannelConnector, eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
        self.endpoint = connector.endpoint
        self.driver = .makeBoxSendingValue(
            ConnectionDriver(eventLoop: eventLoop, connector: connector), eventLoop: eventLoop)
    }

    /// Sends `request` and waits for its complete response. Never throws: network and
    /// protocol failures are results, as a load test records them. One call at a time;
    /// an overlapping call fails with category `.other`.
    ///
    /// It runs on the caller's isolation: when that is an actor on ``eventLoop`` the
    /// request is written inline and the result resumes on the same thread.
    public func execute(_ request: HTTPRequest, isolation: isolated (any Actor)? = #isolation) async -> HTTPResult {
        await withUnsafeContinuation(isolation: isolation) { continuation in
            start(request, resuming: continuation)
        }
    }

    /// Starts `request` and resumes `continuation` with its result: ``execute(_:isolation:)`` for a
    /// caller that awaits the continuation itself. A VU does, because an async call of its own
    /// costs two executor checks per request (entering it and returning), each under the task's
    /// status lock when the task prefers an executor, as a VU's does.
    public func start(_ request: HTTPRequest, resuming continuation: UnsafeContinuation<HTTPResult, Never>) {
        let entered = NIODeadline.now()
        let driver = self.driver
        if driver.eventLoop.inEventLoop {
            driver.value.start(request, entered: entered, onLoop: true, continuation: continuation)
        } else {
            driver.eventLoop.execute {
                driver.value.start(request, entered: entered, onLoop: false, continuation: continuation)
            }
        }
    }

    /// Closes the connection; a request still in flight fails with category `.other`.
    public func close() async {
        let driver = self.driver
        try? await eventLoop.flatSubmit { driver.value.close() }.get()
    }
}
