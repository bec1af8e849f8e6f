import Testing

@testable import BarrageHTTP

@Suite("Exchange clock to k6 phases")
struct ExchangeClockTests {
    @Test("a fresh TLS connection fills every phase")
    func freshConnection() {
        var clock = ExchangeClock(entered: 100)
        clock.connectStarted = 110
        clock.connected = 150
        clock.tlsStarted = 150
        clock.tlsCompleted = 250
        clock.writeStarted = 250
        clock.written = 260
        clock.firstByte = 400
        let timings = clock.timings(endingAt: 450)
        #expect(
            timings
                == HTTPTimings(
                    blocked: 10, connecting: 40, tlsHandshaking: 100, sending: 10, waiting: 140, receiving: 50))
        #expect(timings.duration == 200)
    }

    @Test("a reused connection has no connect or TLS time")
    func reusedConnection() {
        var clock = ExchangeClock(entered: 100)
        clock.writeStarted = 101
        clock.written = 105
        clock.firstByte = 205
        let timings = clock.timings(endingAt: 210)
        #expect(timings.connecting == 0)
        #expect(timings.tlsHandshaking == 0)
        #expect(timings.blocked == 1)
        #expect(timings.waiting == 100)
    }

    @Test("a refused connect reports connecting up to the failure and nothing after")
    func failedConnect() {
        var clock = ExchangeClock(entered: 100)
        clock.connectStarted = 100
        let timings = clock.timings(endingAt: 130)
        #expect(timings.connecting == 30)
        #expect(timings.duration == 0)
    }

    @Test("a retry moves the failed attempt into blocked")
    func retryCountsAsBlocked() {
        var clock = ExchangeClock(entered: 100)
        clock.writeStarted = 100
        clock.written = 110
        clock.restartConnection()
        clock.connectStarted = 200
        clock.connected = 210
        clock.writeStarted = 210
        clock.written = 211
        clock.firstByte = 300
        let timings = clock.timings(endingAt: 300)
        #expect(timings.blocked == 100)
        #expect(timings.connecting == 10)
    }
}
