import NIOCore
import NIOPosix

extension TestServer {
    /// A loopback port nothing listens on (bound, then released), for
    /// connection-refused tests. Another process could take it meanwhile; on a test
    /// machine that is unlikely enough.
    public static func unusedPort() async throws -> Int {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0)
            .get()
        let port = channel.localAddress?.port
        try await channel.close()
        guard let port else { throw ChannelError.unknownLocalAddress }
        return port
    }
}
