import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// An in-process HTTP/1.1 server with known behaviour (fixed bodies, exact delays,
/// drops and resets on demand) so client and runner tests assert exact outcomes
/// without a network or an external process.
public final class TestServer: Sendable {
    /// The host the server listens on.
    public let host: String
    /// The bound port (ephemeral when started with port 0).
    public let port: Int
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let state: TestServerState

    private let scheme: String

    private init(
        host: String, port: Int, scheme: String, group: MultiThreadedEventLoopGroup, channel: any Channel,
        state: TestServerState
    ) {
        self.host = host
        self.port = port
        self.scheme = scheme
        self.group = group
        self.channel = channel
        self.state = state
    }

    /// Starts listening; port 0 picks a free port, read it back from ``port``. With
    /// `tls`, it serves HTTPS with ``TestCertificate``.
    public static func start(
        host: String = "127.0.0.1",
        port: Int = 0,
        threads: Int = 1,
        tls: Bool = false
    ) async throws -> TestServer {
        let sslContext = tls ? try makeSSLContext() : nil
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let state = TestServerState()
        do {
            let channel = try await ServerBootstrap(group: group)
                .serverChannelOption(.backlog, value: 1024)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
                .childChannelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if let sslContext {
                            try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext))
                        }
                        try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                        try channel.pipeline.syncOperations.addHandler(TestServerHandler(state: state))
                    }
                }
                .bind(host: host, port: port)
                .get()
            let boundPort = channel.localAddress?.port ?? port
            return TestServer(
                host: host, port: boundPort, scheme: tls ? "https" : "http", group: group, channel: channel,
                state: state)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    /// `http://host:port` (or `https://`), the base URL scenarios and clients point at.
    public var baseURL: String {
        "\(scheme)://\(host):\(port)"
    }

    /// Requests served so far (dropped and reset ones included).
    public var requestCount: Int {
        state.requestCount
    }

    /// Holds back every response due within the next `duration` until it ends, the way
    /// a stalled server would, to test coordinated-omission handling.
    public func stall(for duration: Duration) {
        state.stall(for: duration)
    }

    private static func makeSSLContext() throws -> NIOSSLContext {
        let certificate = try NIOSSLCertificate(bytes: Array(TestCertificate.certificatePEM.utf8), format: .pem)
        let key = try NIOSSLPrivateKey(bytes: Array(TestCertificate.privateKeyPEM.utf8), format: .pem)
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(certificate)], privateKey: .privateKey(key))
        return try NIOSSLContext(configuration: configuration)
    }

    /// Stops listening, closes open connections and stops the loops.
    public func shutdown() async throws {
        try? await channel.close()
        try await group.shutdownGracefully()
    }
}
