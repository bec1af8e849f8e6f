import NIOCore
import NIOPosix

/// Loopback sockets for timeout and failure tests.
enum LoopbackListeners {
    /// A listener that accepts connections and never answers, so every command must time out.
    static func blackhole() async throws -> any Channel {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    /// A listener that never accepts, with the smallest accept queue: once the queue is full the
    /// kernel drops further SYNs, so connecting hangs until the client's connect timeout.
    static func neverAccepting() async throws -> any Channel {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 0)
            .serverChannelOption(.autoRead, value: false)
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }
}
