import NIOCore
import NIOPosix

/// Owns the event loops and TLS context every virtual user's connection shares. One
/// engine per run; connections are cheap and spread over the loops round-robin.
public final class HTTPClientEngine: Sendable {
    /// TLS policy for every https connection the engine makes.
    public struct TLS: Sendable, Hashable {
        /// Skip certificate and host name verification, for self-signed test targets.
        public var insecure: Bool
        /// Extra CA certificates (PEM) trusted besides the system's, for targets behind
        /// a private CA without giving up verification.
        public var additionalTrustRootsPEM: [String]

        /// Verification is on unless `insecure` is set.
        public init(insecure: Bool = false, additionalTrustRootsPEM: [String] = []) {
            self.insecure = insecure
            self.additionalTrustRootsPEM = additionalTrustRootsPEM
        }
    }

    /// The loops connections live on; a runner can put each VU's actor on its
    /// connection's loop so responses resume without a thread hop.
    public let eventLoopGroup: MultiThreadedEventLoopGroup
    private let tlsContexts: TLSContextCache

    /// Starts `threads` event loops.
    public init(threads: Int = System.coreCount, tls: TLS = TLS()) {
        self.eventLoopGroup = MultiThreadedEventLoopGroup(numberOfThreads: max(1, threads))
        self.tlsContexts = TLSContextCache(settings: tls)
    }

    /// A new, not yet connected connection on the next loop in turn.
    public func makeConnection(to endpoint: HTTPEndpoint) -> HTTPConnection {
        makeConnection(to: endpoint, on: eventLoopGroup.next())
    }

    /// A new, not yet connected connection on a loop of the caller's choosing (one of ``eventLoopGroup``'s).
    public func makeConnection(to endpoint: HTTPEndpoint, on eventLoop: any EventLoop) -> HTTPConnection {
        HTTPConnection(connector: ChannelConnector(endpoint: endpoint, tls: tlsContexts), eventLoop: eventLoop)
    }

    /// Closes every connection and stops the loops.
    public func shutdown() async {
        try? await eventLoopGroup.shutdownGracefully()
    }
}
