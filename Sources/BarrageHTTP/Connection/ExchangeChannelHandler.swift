import NIOCore
import NIOTLS

/// Forwards one channel's events to its ``ConnectionDriver``, tagged with the
/// channel's generation. It holds no state of its own so a reconnect is just a new
/// handler on a new channel.
final class ExchangeChannelHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let driver: ConnectionDriver
    private let generation: UInt64

    init(driver: ConnectionDriver, generation: UInt64) {
        self.driver = driver
        self.generation = generation
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = Self.unwrapInboundIn(data)
        driver.received(&buffer, generation: generation)
    }

    func channelInactive(context: ChannelHandlerContext) {
        driver.channelClosed(generation: generation)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        driver.channelFailed(error, generation: generation)
        context.close(promise: nil)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .handshakeCompleted = event as? TLSUserEvent {
            driver.tlsHandshakeCompleted(generation: generation)
        }
        context.fireUserInboundEventTriggered(event)
    }
}

@available(*, unavailable)
extension ExchangeChannelHandler: Sendable {}
