extension Migration {
    /// Every migration, in version order.
    static let all: [Migration] = [.extensions, .users, .products, .orders, .orderItems, .idempotencyKeys, .webhookEvents, .outboxMessages]
}
