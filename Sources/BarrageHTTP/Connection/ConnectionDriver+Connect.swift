import NIOCore

extension ConnectionDriver {
    /// Opens a fresh channel for the exchange in flight; connect time is that exchange's.
    func connect() {
        closeLink()
        let generation = self.generation
        link = .connecting
        exchange?.clock.connectStarted = ExchangeClock.now()
        let remaining = (exchange?.deadline ?? .now()) - .now()
        let driver = NIOLoopBound(self, eventLoop: eventLoop)
        connector.connect(on: eventLoop, timeout: remaining) { channel in
            let handler = ExchangeChannelHandler(driver: driver.value, generation: generation)
            try channel.pipeline.syncOperations.addHandler(handler)
        }
        .assumeIsolated()
        .whenComplete { result in
            self.connected(result, generation: generation)
        }
    }

    /// The TCP connection attempt finished.
    private func connected(_ result: Result<any Channel, any Error>, generation: UInt64) {
        guard generation == self.generation, exchange != nil else {
            if case .success(let channel) = result { channel.close(promise: nil) }
            return
        }
        switch result {
        case .failure(let error):
            link = .disconnected
            finish(failing: FailureClassifier.failure(for: error, endpoint: connector.endpoint))
        case .success(let channel):
            let now = ExchangeClock.now()
            link = .open(channel)
            exchange?.clock.connected = now
            if connector.usesTLS {
                exchange?.clock.tlsStarted = now
            } else {
                send(on: channel)
            }
        }
    }
}
