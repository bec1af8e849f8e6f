import Testing

@testable import Storefront

@Suite struct OutboxPumpTests {
    let start = ContinuousClock.now

    private func at(_ milliseconds: Int) -> ContinuousClock.Instant {
        start.advanced(by: .milliseconds(milliseconds))
    }

    @Test func sleepsUntilWokenThenLeasesWhatItHasRoomFor() {
        var pump = OutboxPump(settings: .init(capacity: 8, batchWindow: .milliseconds(20)))
        #expect(pump.next(now: at(0)).isEmpty, "nothing is looked for before a notification or a poll tick")
        pump.wake()
        #expect(pump.next(now: at(0)) == [.lease(limit: 8)])
        #expect(pump.next(now: at(1)).isEmpty, "one lease at a time")
        pump.leased(3, limit: 8)
        #expect(pump.next(now: at(2)).isEmpty, "a short batch means nothing else was due")
    }

    @Test func aFullBatchLeasesAgainOnceTheWindowAndRoomAllow() {
        var pump = OutboxPump(settings: .init(capacity: 4, batchWindow: .milliseconds(20)))
        pump.wake()
        _ = pump.next(now: at(0))
        pump.leased(4, limit: 4)
        #expect(pump.next(now: at(25)).isEmpty, "no room: four deliveries in flight")
        pump.delivered()
        #expect(pump.next(now: at(26)) == [.record, .lease(limit: 1)])
    }

    @Test func resultsArrivingWithinAWindowGoInOneStatement() {
        var pump = OutboxPump(settings: .init(capacity: 8, batchWindow: .milliseconds(20)))
        pump.wake()
        _ = pump.next(now: at(0))
        pump.leased(3, limit: 8)
        pump.delivered()
        #expect(pump.next(now: at(5)) == [.record])
        pump.delivered()
        #expect(pump.next(now: at(6)).isEmpty, "the first record is still running")
        pump.recorded()
        pump.delivered()
        #expect(pump.next(now: at(7)) == [.recheck(at: at(25))], "the window since the last record is closed")
        #expect(pump.next(now: at(25)) == [.record])
        pump.recorded()
        #expect(pump.unrecorded == 0)
    }

    @Test func aFailedRecordKeepsItsResultsForTheNextOne() {
        var pump = OutboxPump(settings: .init(capacity: 8, batchWindow: .milliseconds(20)))
        pump.wake()
        _ = pump.next(now: at(0))
        pump.leased(1, limit: 8)
        pump.delivered()
        #expect(pump.next(now: at(1)) == [.record])
        pump.recordFailed()
        #expect(pump.unrecorded == 1)
        #expect(pump.next(now: at(21)) == [.record])
    }

    @Test func stoppingLeasesNothingMoreButFinishesWhatIsInFlight() {
        var pump = OutboxPump(settings: .init(capacity: 8, batchWindow: .milliseconds(20)))
        pump.wake()
        _ = pump.next(now: at(0))
        pump.leased(2, limit: 8)
        pump.stop()
        pump.wake()
        #expect(pump.next(now: at(30)).isEmpty)
        pump.delivered()
        pump.delivered()
        #expect(!pump.isFinished)
        #expect(pump.next(now: at(31)) == [.record])
        pump.recorded()
        #expect(pump.isFinished)
    }

    /// The template's peak (500 orders/s, two messages each) for 10 s against a partner answering in
    /// 20 ms, on a simulated clock: every figure below is a count, never a timing of this machine.
    @Test func deliveryKeepsAheadOfTheEnqueueRateWithFewStatements() {
        var simulation = Simulation(pump: OutboxPump(), partnerLatency: 20, statementTime: 3)
        let enqueued = simulation.run(messagesPerMillisecond: 1, forMilliseconds: 10_000)
        #expect(enqueued == 10_000)
        #expect(simulation.recorded == enqueued, "everything was delivered and recorded")
        #expect(simulation.deliveredDuringLoad >= enqueued * 98 / 100, "delivery kept up while messages kept coming")
        #expect(simulation.drainedAfter <= 100, "the backlog was gone within 100 ms of the last message")
        #expect(simulation.largestBacklog <= 100, "never more than 0.1 s of messages waiting")
        #expect(simulation.statements <= enqueued / 5, "at least 10 messages per lease and per record on average")
    }

    /// Drives a pump in 1 ms steps: messages become due at a fixed rate (each with a wake-up), leases
    /// and records take `statementTime`, deliveries `partnerLatency`.
    struct Simulation {
        var pump: OutboxPump
        let partnerLatency: Int
        let statementTime: Int
        var due = 0
        var recorded = 0
        var statements = 0
        var largestBacklog = 0
        var deliveredDuringLoad = 0
        var drainedAfter = 0
        private var delivered = 0
        private var leaseEnds: (at: Int, limit: Int)?
        private var recordEnds: (at: Int, count: Int)?
        private var deliveries: [Int] = []

        init(pump: OutboxPump, partnerLatency: Int, statementTime: Int) {
            self.pump = pump
            self.partnerLatency = partnerLatency
            self.statementTime = statementTime
        }

        /// Returns how many messages were enqueued; runs on until everything is recorded.
        mutating func run(messagesPerMillisecond rate: Int, forMilliseconds duration: Int) -> Int {
            let start = ContinuousClock.now
            var now = 0
            var pendingRecord = 0
            while now < duration || (recorded < duration * rate && now < duration + 60_000) {
                if now < duration {
                    due += rate
                    pump.wake()
                }
                if let lease = leaseEnds, lease.at == now {
                    let count = min(due, lease.limit)
                    due -= count
                    deliveries += Array(repeating: now + partnerLatency, count: count)
                    pump.leased(count, limit: lease.limit)
                    leaseEnds = nil
                }
                for _ in deliveries.filter({ $0 == now }) {
                    pump.delivered()
                    delivered += 1
                    pendingRecord += 1
                }
                deliveries.removeAll { $0 == now }
                if let record = recordEnds, record.at == now {
                    recorded += record.count
                    pump.recorded()
                    recordEnds = nil
                }
                for action in pump.next(now: start.advanced(by: .milliseconds(now))) {
                    switch action {
                    case .lease(let limit):
                        leaseEnds = (now + statementTime, limit)
                        statements += 1
                    case .record:
                        recordEnds = (now + statementTime, pendingRecord)
                        pendingRecord = 0
                        statements += 1
                    case .recheck:
                        break
                    }
                }
                largestBacklog = max(largestBacklog, due)
                if now == duration - 1 { deliveredDuringLoad = delivered }
                now += 1
            }
            drainedAfter = now - duration
            return duration * rate
        }
    }
}
