extension Migration {
    /// The outbox for batched delivery:
    /// - `payload` goes: bodies are encoded from the order when sent (`OutboxMessage.request()`), so an
    ///   order writes two narrow rows instead of two JSON documents;
    /// - a partial index on failed rows keeps the failed-count gauge off the ever-growing sent rows.
    static let outboxDelivery = Migration(
        version: 10,
        name: "outbox_delivery",
        statements: [
            "ALTER TABLE outbox_messages DROP COLUMN payload",
            "CREATE INDEX outbox_messages_failed_idx ON outbox_messages (id) WHERE status = 'failed'",
        ]
    )
}
