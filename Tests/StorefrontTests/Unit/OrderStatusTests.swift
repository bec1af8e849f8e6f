import Testing

@testable import Storefront

@Suite struct OrderStatusTests {
    @Test(arguments: [(OrderStatus.pending, OrderStatus.paid), (.paid, .shipped)])
    func allowsTheForwardPath(from: OrderStatus, to: OrderStatus) throws {
        #expect(try from.transition(to: to) == .none)
    }

    @Test func cancellingAPendingOrderRestoresStock() throws {
        #expect(try OrderStatus.pending.transition(to: .cancelled) == .restoreStock)
    }

    @Test(arguments: [
        (OrderStatus.paid, OrderStatus.cancelled), (.shipped, .cancelled), (.cancelled, .paid),
        (.pending, .shipped), (.shipped, .pending), (.pending, .pending),
    ])
    func rejectsEveryOtherMoveAsConflict(from: OrderStatus, to: OrderStatus) {
        let error = #expect(throws: OrderFailure.self) { try from.transition(to: to) }
        #expect(error == .invalidTransition(from: from, to: to))
        #expect(error.map { APIError($0).code } == .conflict)
    }
}
