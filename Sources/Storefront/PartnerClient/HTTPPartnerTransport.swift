import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// Sends partner attempts with async-http-client, the Swift server ecosystem's client for a service's
/// outbound calls: a keep-alive pool per partner host, timeouts, TLS, no redirects. The retry, backoff and
/// breaker decisions stay in `PartnerClient`, so the client is told not to retry anything by itself.
/// The client is made at the first call, so a server that never calls a partner (or a `migrate` run) has
/// nothing to shut down.
public final class HTTPPartnerTransport: PartnerTransport {
    /// Connections kept per partner host; above the outbox's batch of concurrent deliveries, so the pool never
    /// makes a delivery wait for another one.
    static let connectionsPerHost = 32
    /// Largest partner answer read; partners answer with a few hundred bytes of JSON.
    static let maximumBodyBytes = 64 * 1024

    /// The client's life: none yet, running, or shut down for good.
    private enum ClientState {
        case idle
        case running(HTTPClient)
        case shutDown
    }

    private let state = Mutex(ClientState.idle)
    private let configuration: HTTPClient.Configuration
    private let baseURL: PartnerBaseURL

    /// A transport to the partners under `baseURL` (e.g. `http://127.0.0.1:18090`); nil if it is not an
    /// http URL. `timeout` also bounds each gap while a response body arrives.
    public convenience init?(baseURL: String, timeout: Duration = .seconds(10)) {
        guard let url = PartnerBaseURL(baseURL) else { return nil }
        self.init(url, timeout: timeout)
    }

    init(_ baseURL: PartnerBaseURL, timeout: Duration) {
        self.baseURL = baseURL
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: TimeAmount(timeout), read: TimeAmount(timeout)),
            connectionPool: .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: Self.connectionsPerHost)
        )
        // A refused connection is one failed attempt for the breaker and the retry policy to judge, not
        // something for the client to retry quietly until its connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.httpVersion = .http1Only
        self.configuration = configuration
    }

    /// Sends one attempt; the answer's status, `Retry-After` and body, or why none came back.
    public func send(_ request: PartnerRequest, timeout: Duration) async -> PartnerExchange {
        guard let client = runningClient() else { return .failed(.network) }
        var outbound = HTTPClientRequest(url: baseURL.url(for: request.partner))
        outbound.method = .POST
        outbound.headers = [
            "Content-Type": "application/json", "Idempotency-Key": request.idempotencyKey, "User-Agent": "storefront",
        ]
        outbound.body = .bytes(request.body)
        do {
            let response = try await client.execute(outbound, deadline: .now() + TimeAmount(timeout))
            let body = try await response.body.collect(upTo: Self.maximumBodyBytes)
            return .response(
                PartnerResponse(
                    status: Int(response.status.code),
                    retryAfter: response.headers.first(name: "Retry-After").flatMap(RetryAfter.init(headerValue:)),
                    body: Array(buffer: body)
                )
            )
        } catch {
            return .failed(Self.isTimeout(error) ? .timeout : .network)
        }
    }

    /// Closes the pooled connections; later calls fail as network errors.
    public func shutdown() async {
        let running = state.withLock { state -> HTTPClient? in
            defer { state = .shutDown }
            if case .running(let client) = state { return client }
            return nil
        }
        try? await running?.shutdown()
    }

    /// The client, made on first use; nil once shut down.
    private func runningClient() -> HTTPClient? {
        state.withLock { state in
            switch state {
            case .running(let client):
                return client
            case .idle:
                let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
                state = .running(client)
                return client
            case .shutDown:
                return nil
            }
        }
    }

    private static func isTimeout(_ error: any Error) -> Bool {
        guard let error = error as? HTTPClientError else { return false }
        return [.deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout].contains(error)
    }
}
