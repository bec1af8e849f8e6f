import NIOCore
import NIOPosix
import NIOSSL

/// How to open a channel to one endpoint: plain TCP or TLS, with IP literals
/// resolved once up front so reconnects skip the resolver entirely.
struct ChannelConnector: Sendable {
    let endpoint: HTTPEndpoint
    /// The TLS context source; nil for `http`.
    let tls: TLSContextCache?
    private let address: SocketAddress?

    init(endpoint: HTTPEndpoint, tls: TLSContextCache?) {
        self.endpoint = endpoint
        self.tls = endpoint.scheme == .https ? tls : nil
        self.address =
            endpoint.hostIsIPAddress ? try? SocketAddress(ipAddress: endpoint.host, port: endpoint.port) : nil
    }

    /// Whether the request must wait for a TLS handshake after connecting.
    var usesTLS: Bool { tls != nil }

    /// Connects within `timeout`, letting `configure` add handlers behind TLS.
    func connect(
        on eventLoop: any EventLoop,
        timeout: TimeAmount,
        configure: @escaping @Sendable (any Channel) throws -> Void
    ) -> EventLoopFuture<any Channel> {
        let sslContext: NIOSSLContext?
        do {
            sslContext = try tls?.context()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
        let serverName = endpoint.hostIsIPAddress ? nil : endpoint.host
        let bootstrap = ClientBootstrap(group: eventLoop)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .connectTimeout(max(timeout, .milliseconds(1)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let sslContext {
                        let tlsHandler = try NIOSSLClientHandler(context: sslContext, serverHostname: serverName)
                        try channel.pipeline.syncOperations.addHandler(tlsHandler)
                    }
                    try configure(channel)
                }
            }
        if let address {
            return bootstrap.connect(to: address)
        }
        return bootstrap.connect(host: endpoint.host, port: endpoint.port)
    }
}
