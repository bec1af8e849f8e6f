/// `PATCH /orders/{id}` body (admin): the status to move to.
struct OrderStatusChange: Decodable, Sendable {
    var status: OrderStatus
}
