extension Migration {
    /// Every migration, in version order.
    static let all: [Migration] = [
        .extensions, .users, .products, .orders, .orderItems, .idempotencyKeys, .webhookEvents, .outboxMessages,
        .productStock, .outboxDelivery,
    ]

    /// The version a database has once every migration ran.
    static var latestVersion: Int { all.map(\.version).max() ?? 0 }
}
