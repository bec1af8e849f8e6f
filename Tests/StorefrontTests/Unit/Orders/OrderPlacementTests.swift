import Foundation
import Testing

@testable import Storefront

/// How `PlaceOrder`'s answer is read: placed, refused with every offending line, or a taken key.
@Suite struct OrderPlacementTests {
    let orderID = UUID()
    let userID = UUID()
    let lamp = UUID()
    let mug = UUID()
    let placedAt = Date(timeIntervalSince1970: 1_700_000_000)

    private func line(_ id: UUID, quantity: Int, available: Int?, after: Int? = nil) -> PlaceOrder.Line {
        PlaceOrder.Line(
            productID: id, quantity: quantity, available: available, name: available == nil ? nil : "Item", unitPrice: available == nil ? nil : 250,
            reserved: after.map { StockLevel(productID: id, stock: $0, version: 8) },
            total: after == nil ? nil : 750, placedAt: after == nil ? nil : placedAt)
    }

    @Test func aPlacedOrderCarriesItsLinesTotalAndNewStock() {
        let placement = OrderPlacement(
            lines: [line(lamp, quantity: 1, available: 5, after: 4), line(mug, quantity: 2, available: 2, after: 0)], orderID: orderID,
            userID: userID)
        guard case .placed(let order, let stock) = placement else {
            Issue.record("expected a placed order, got \(placement)")
            return
        }
        #expect(order.id == orderID && order.userID == userID && order.status == .pending)
        #expect(order.total == 750 && order.total == order.items.map(\.lineTotal).reduce(0, +))
        #expect(stock.map(\.stock) == [4, 0], "the last mug sold out")
    }

    @Test func unknownProductsAreReportedBeforeShortages() {
        let placement = OrderPlacement(lines: [line(lamp, quantity: 9, available: 1), line(mug, quantity: 1, available: nil)], orderID: orderID, userID: userID)
        #expect(placement == .refused(.unknownProducts([mug])))
    }

    @Test func everyShortLineIsNamed() {
        let placement = OrderPlacement(lines: [line(lamp, quantity: 3, available: 2), line(mug, quantity: 5, available: 0)], orderID: orderID, userID: userID)
        #expect(
            placement
                == .refused(
                    .insufficientStock([
                        .init(productID: lamp, available: 2, requested: 3), .init(productID: mug, available: 0, requested: 5),
                    ])))
    }

    @Test func everythingAvailableButNothingPlacedMeansTheKeyWasTaken() {
        let placement = OrderPlacement(lines: [line(lamp, quantity: 1, available: 5)], orderID: orderID, userID: userID)
        #expect(placement == .keyTaken)
    }
}
