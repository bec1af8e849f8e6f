import Foundation

/// What `PlaceOrder`'s rows mean, decided without I/O: the order was placed, or a failure that names
/// every offending line, or the Idempotency-Key was taken by an earlier request (whose order the
/// repository then replays).
enum OrderPlacement: Sendable, Equatable {
    /// The order as created, and the stock levels it left.
    case placed(Order, [StockLevel])
    /// Nothing was written, for this reason.
    case refused(OrderFailure)
    /// Every line was available but the key was already claimed; nothing was written.
    case keyTaken

    /// Reads the statement's answer for the order `orderID` of `userID`. Unknown products are reported
    /// before shortages, as a request naming a product that does not exist is wrong whatever the stock.
    init(lines: [PlaceOrder.Line], orderID: UUID, userID: UUID) {
        if let first = lines.first, let total = first.total, let placedAt = first.placedAt {
            let items = lines.map { line in
                Order.Item(productID: line.productID, productName: line.name ?? "", quantity: line.quantity, unitPrice: line.unitPrice ?? 0)
            }
            let order = Order(
                id: orderID, userID: userID, status: .pending, total: total, items: items, createdAt: placedAt, updatedAt: placedAt)
            self = .placed(order, lines.compactMap(\.reserved))
            return
        }
        let unknown = lines.filter { $0.available == nil }.map(\.productID)
        if !unknown.isEmpty {
            self = .refused(.unknownProducts(unknown))
            return
        }
        let shortages = lines.compactMap { line -> OrderFailure.Shortage? in
            guard let available = line.available, available < line.quantity else { return nil }
            return OrderFailure.Shortage(productID: line.productID, available: available, requested: line.quantity)
        }
        self = shortages.isEmpty ? .keyTaken : .refused(.insufficientStock(shortages))
    }
}
