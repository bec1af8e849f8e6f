import Foundation
import Testing

@testable import Storefront

@Suite struct OrderDraftTests {
    let a = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    let b = UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!

    @Test func mergesLinesForTheSameProductAndSortsThem() throws {
        let draft = try OrderDraft(
            CreateOrderRequest(items: [
                .init(productID: b, quantity: 1), .init(productID: a, quantity: 2), .init(productID: b, quantity: 3),
            ]))
        #expect(draft.lines == [.init(productID: a, quantity: 2), .init(productID: b, quantity: 4)])
    }

    @Test func rejectsAnEmptyOrder() {
        #expect(throws: APIError.self) { try OrderDraft(CreateOrderRequest(items: [])) }
    }

    @Test(arguments: [0, -1, OrderDraft.maximumQuantity + 1])
    func rejectsQuantitiesOutOfRange(quantity: Int) {
        #expect(throws: APIError.self) {
            try OrderDraft(CreateOrderRequest(items: [.init(productID: a, quantity: quantity)]))
        }
    }

    @Test func fingerprintIgnoresLineOrder() throws {
        let first = try OrderDraft(
            CreateOrderRequest(items: [.init(productID: a, quantity: 1), .init(productID: b, quantity: 2)]))
        let second = try OrderDraft(
            CreateOrderRequest(items: [.init(productID: b, quantity: 2), .init(productID: a, quantity: 1)]))
        #expect(first.fingerprint == second.fingerprint)
    }

    @Test func totalIsTheSumOfLineTotals() {
        #expect(OrderPricing.total(of: [(unitPrice: 250, quantity: 2), (unitPrice: 1999, quantity: 3)]) == 6497)
    }

    @Test func totalRefusesToOverflow() {
        #expect(OrderPricing.total(of: [(unitPrice: Int.max, quantity: 2)]) == nil)
    }
}
