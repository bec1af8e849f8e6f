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

    @Test func theRequestHashIsTheSHA256OfTheFingerprintInHex() throws {
        let draft = try OrderDraft(CreateOrderRequest(items: [.init(productID: a, quantity: 2)]))
        #expect(draft.fingerprint == "00000000-0000-0000-0000-00000000000ax2")
        // printf '00000000-0000-0000-0000-00000000000ax2' | sha256sum
        #expect(draft.requestHash == "fab5ea17b41a343e91d5da6dee7b8fbe8a8ca999362ee5bfcd3b5f0e405a2eb4")
    }
}
