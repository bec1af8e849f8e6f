import Testing

@testable import RedisWire

@Suite("Pool state machine")
struct RedisPoolStateMachineTests {
    private typealias Machine = RedisPoolStateMachine

    /// Leases for `waiter`, expecting to wait, and returns the connections the machine asks to open.
    private func leaseAndWait(_ machine: inout Machine, waiter: Int) -> [Int] {
        guard case .wait(let actions) = machine.lease(waiter: waiter) else {
            Issue.record("waiter \(waiter) should wait")
            return []
        }
        return actions.create
    }

    @Test func firstLeaseOpensAConnectionAndWaitsForIt() {
        var machine = Machine(maxConnections: 2)
        #expect(leaseAndWait(&machine, waiter: 1) == [0])
        #expect(machine.connected(0).handoff == .init(connection: 0, waiter: 1))
    }

    @Test func releasedConnectionIsReusedWithoutOpeningAnother() {
        var machine = Machine(maxConnections: 2)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = machine.connected(0)
        #expect(machine.release(0, reusable: true) == .init())
        #expect(machine.lease(waiter: 2) == .leased(0))
    }

    @Test func neverOpensMoreThanMaxConnections() {
        var machine = Machine(maxConnections: 2)
        let opened = (1...5).flatMap { leaseAndWait(&machine, waiter: $0) }
        #expect(opened == [0, 1])
        #expect(machine.waitingCount == 5)
    }

    @Test func releasedConnectionGoesToTheOldestWaiter() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = machine.connected(0)
        _ = leaseAndWait(&machine, waiter: 2)
        _ = leaseAndWait(&machine, waiter: 3)
        #expect(machine.release(0, reusable: true).handoff == .init(connection: 0, waiter: 2))
    }

    @Test func failedConnectFailsTheOldestWaiterAtOnceAndRetriesForTheRest() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = leaseAndWait(&machine, waiter: 2)
        let error = RedisError.connectFailed(address: "127.0.0.1:1", reason: "refused")
        let actions = machine.connectFailed(0, error: error)
        #expect(actions.fail == [1: error])
        #expect(actions.create == [1])
    }

    @Test func brokenConnectionIsClosedAndReplacedForAWaiter() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = machine.connected(0)
        _ = leaseAndWait(&machine, waiter: 2)
        let actions = machine.release(0, reusable: false)
        #expect(actions.close == [0])
        #expect(actions.create == [1])
    }

    @Test func brokenConnectionWithNobodyWaitingIsOnlyClosed() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = machine.connected(0)
        #expect(machine.release(0, reusable: false) == .init(close: [0]))
        #expect(machine.idleCount == 0)
    }

    @Test func waiterThatGaveUpIsNotHandedAConnection() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        let firstGiveUp = machine.waiterGaveUp(1)
        let secondGiveUp = machine.waiterGaveUp(1)
        #expect(firstGiveUp)
        #expect(!secondGiveUp)
        #expect(machine.connected(0).handoff == nil)
        #expect(machine.idleCount == 1)
    }

    @Test func shutdownClosesIdleConnections() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = machine.connected(0)
        _ = machine.release(0, reusable: true)
        #expect(machine.shutDown().close == [0])
    }

    @Test func shutdownFailsWaitersWithPoolClosed() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = machine.connected(0)
        _ = leaseAndWait(&machine, waiter: 2)
        #expect(machine.shutDown().fail == [2: .poolClosed])
    }

    @Test func leasedConnectionClosesWhenReturnedAfterShutdown() {
        var machine = Machine(maxConnections: 1)
        _ = leaseAndWait(&machine, waiter: 1)
        _ = machine.connected(0)
        _ = machine.shutDown()
        #expect(machine.release(0, reusable: true).close == [0])
        #expect(machine.lease(waiter: 2) == .failed(.poolClosed))
    }
}
