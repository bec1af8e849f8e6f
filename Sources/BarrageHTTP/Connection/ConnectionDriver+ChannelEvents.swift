import NIOCore

extension ConnectionDriver {
    /// Bytes arrived: feed the parser and finish the exchange when the response ends.
    func received(_ buffer: inout ByteBuffer, generation: UInt64) {
        guard generation == self.generation else { return }
        guard exchange != nil else {
            // Bytes nobody asked for: the stream is out of step, so it cannot be reused.
            closeLink()
            return
        }
        // One clock reading per read: it is the first byte's time and, when these bytes end the
        // response, the last byte's; parsing them is the generator's own time, not the server's.
        let arrived = ExchangeClock.now()
        if exchange!.clock.firstByte == 0 {
            exchange!.clock.firstByte = arrived
        }
        exchange!.bytesReceived += buffer.readableBytes
        do {
            while let event = try exchange!.parser.next(&buffer) {
                switch event {
                case .head(let head):
                    exchange!.receive(head: head)
                case .body(let piece):
                    exchange!.receive(body: piece)
                case .end:
                    if buffer.readableBytes > 0 { exchange!.closesConnection = true }
                    finishWithResponse(endingAt: arrived)
                    return
                }
            }
        } catch {
            finish(failing: FailureClassifier.failure(for: error, endpoint: connector.endpoint))
            closeLink()
        }
    }

    /// The channel reported an error; it is about to close, and the close decides the outcome.
    func channelFailed(_ error: any Error, generation: UInt64) {
        guard generation == self.generation, channelError == nil else { return }
        channelError = error
    }

    /// The TLS handshake finished: the request can go out.
    func tlsHandshakeCompleted(generation: UInt64) {
        guard generation == self.generation, exchange != nil, case .open(let channel) = link else { return }
        exchange!.clock.tlsCompleted = ExchangeClock.now()
        send(on: channel)
    }

    /// The channel closed: ends a close-delimited body, retries a request that met a
    /// stale kept-alive connection, or fails the exchange.
    func channelClosed(generation: UInt64) {
        guard generation == self.generation else { return }
        let channelFailure = channelError.map { FailureClassifier.failure(for: $0, endpoint: connector.endpoint) }
        link = .disconnected
        channelHasServedRequest = false
        channelError = nil
        guard exchange != nil else { return }

        let decision = CloseDecision(
            closeEndsResponse: exchange!.parser.connectionClosed(),
            channelFailure: channelFailure,
            method: exchange!.request.method,
            connectionWasReused: exchange!.connectionWasReused,
            sawResponseBytes: exchange!.parser.hasSeenResponseBytes,
            alreadyRetried: exchange!.retried
        )
        switch decision {
        case .completeResponse:
            exchange!.closesConnection = true
            finishWithResponse()
        case .retry:
            exchange!.prepareRetry()
            connect()
        case .fail(let failure):
            finish(failing: failure)
        }
    }
}
