import BarrageHTTP
import Synchronization

/// Sends partner attempts over BarrageHTTP with a small pool of keep-alive connections (one request at a
/// time per connection), so concurrent outbox deliveries do not pay a connect each. Its event loop starts
/// with the first call, so a server that never calls a partner (or a `migrate` run) starts no thread.
public final class HTTPPartnerTransport: PartnerTransport {
    private let engine = Mutex<HTTPClientEngine?>(nil)
    private let endpoint: HTTPEndpoint
    private let basePath: String
    private let idle = Mutex<[HTTPConnection]>([])
    private let maximumIdle: Int

    /// A transport to the partners at `endpoint`, with `basePath` (no trailing slash) before each partner's path.
    public init(endpoint: HTTPEndpoint, basePath: String = "", maximumIdleConnections: Int = 8) {
        self.endpoint = endpoint
        self.basePath = basePath
        self.maximumIdle = maximumIdleConnections
    }

    /// A transport to the partners under `baseURL` (e.g. `http://127.0.0.1:18090`); nil if it is not an http URL.
    public convenience init?(baseURL: String) {
        guard let split = HTTPEndpoint.splitting(url: baseURL), split.endpoint.scheme == .http else { return nil }
        let basePath = split.target == "/" ? "" : String(split.target.reversed().drop(while: { $0 == "/" }).reversed())
        self.init(endpoint: split.endpoint, basePath: basePath)
    }

    /// Sends one attempt on a pooled connection; the connection goes back to the pool afterwards (BarrageHTTP
    /// reconnects it transparently if the partner closed it or the attempt timed out).
    public func send(_ request: PartnerRequest, timeout: Duration) async -> PartnerExchange {
        let connection = idle.withLock { $0.popLast() } ?? makeConnection()
        let result = await connection.execute(
            HTTPRequest(
                method: "POST",
                target: basePath + request.partner.path,
                headers: [
                    ("Content-Type", "application/json"), ("Idempotency-Key", request.idempotencyKey),
                    ("User-Agent", "storefront"),
                ],
                body: request.body,
                timeout: timeout
            )
        )
        let kept = idle.withLock { connections in
            guard connections.count < maximumIdle else { return false }
            connections.append(connection)
            return true
        }
        if !kept { await connection.close() }
        if let failure = result.failure {
            return .failed(failure.category == .timeout ? .timeout : .network)
        }
        return .response(
            PartnerResponse(
                status: result.status ?? 0,
                retryAfter: result.headers["Retry-After"].flatMap(RetryAfter.init(headerValue:)),
                body: result.body
            )
        )
    }

    /// Closes the pooled connections and stops the event loop.
    public func shutdown() async {
        for connection in idle.withLock({ connections in defer { connections = [] }; return connections }) {
            await connection.close()
        }
        await engine.withLock({ engine in defer { engine = nil }; return engine })?.shutdown()
    }

    private func makeConnection() -> HTTPConnection {
        engine.withLock { engine in
            let running = engine ?? HTTPClientEngine(threads: 1)
            engine = running
            return running.makeConnection(to: endpoint)
        }
    }
}
