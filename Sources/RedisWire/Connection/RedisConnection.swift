import NIOCore
import NIOPosix

/// One TCP connection to Redis that pipelines: any number of tasks may `send` at once and each
/// gets its own reply, in the order Redis answers.
///
/// It never reconnects by itself; a closed connection fails every call with `.connectionClosed`
/// and `RedisConnectionPool` replaces it. A command timeout closes it (see `RedisPipelineStateMachine`).
public final class RedisConnection: RedisCommands, Sendable {
    /// The configuration this connection was opened with.
    public let configuration: RedisConfiguration
    private let channel: any Channel

    private init(channel: any Channel, configuration: RedisConfiguration) {
        self.channel = channel
        self.configuration = configuration
    }

    /// Opens a connection, then sends AUTH and SELECT when the configuration asks for them.
    public static func connect(
        configuration: RedisConfiguration,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws(RedisError) -> RedisConnection {
        let bootstrap = ClientBootstrap(group: eventLoopGroup)
            .connectTimeout(TimeAmount(configuration.connectTimeout))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(RedisChannelHandler())
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.connect(host: configuration.host, port: configuration.port).get()
        } catch ChannelError.connectTimeout {
            throw .connectTimeout(address: configuration.address, after: configuration.connectTimeout)
        } catch {
            throw .connectFailed(address: configuration.address, reason: "\(error)")
        }
        let connection = RedisConnection(channel: channel, configuration: configuration)
        do {
            try await connection.handshake()
        } catch {
            await connection.close()
            throw .connectFailed(address: configuration.address, reason: "\(error)")
        }
        return connection
    }

    private func handshake() async throws(RedisError) {
        if let password = configuration.password {
            var command: [RedisArgument] = ["AUTH"]
            if let username = configuration.username { command.append(.string(username)) }
            command.append(.string(password))
            _ = try await send(command: command)
        }
        if configuration.database != 0 {
            _ = try await send(command: ["SELECT", RedisArgument(configuration.database)])
        }
    }

    /// Sends one command and waits for its reply; an error reply is thrown as `RedisError.server`.
    public func send(command: [RedisArgument]) async throws(RedisError) -> RESPValue {
        let name = command.first?.text.uppercased() ?? ""
        var encoded = channel.allocator.buffer(capacity: 64)
        RESPEncoder.encode(command: command, into: &encoded)
        let promise = channel.eventLoop.makePromise(of: RESPValue.self)
        let request = RedisRequest(
            encoded: encoded,
            command: name,
            timeout: configuration.commandTimeout,
            promise: promise
        )
        let written = channel.eventLoop.makePromise(of: Void.self)
        written.futureResult.whenFailure { error in
            promise.fail(error as? RedisError ?? .connectionClosed(reason: "write failed: \(error)"))
        }
        channel.writeAndFlush(request, promise: written)

        let reply: RESPValue
        do {
            reply = try await promise.futureResult.get()
        } catch let error as RedisError {
            throw error
        } catch {
            throw .connectionClosed(reason: "\(error)")
        }
        if case .error(let message) = reply {
            throw .server(message: message, command: name)
        }
        return reply
    }

    /// Whether the connection is still open; a pool drops connections that are not.
    public var isActive: Bool { channel.isActive }

    /// Closes the connection, failing commands still in flight; safe to call more than once.
    public func close() async {
        try? await channel.close()
    }

    /// Starts closing without waiting, for callers that must not suspend (the pool under its lock).
    func startClosing() {
        channel.close(mode: .all, promise: nil)
    }
}
