extension Migration {
    /// The transactional outbox: calls to partners recorded with the change that caused them, delivered
    /// later by the dispatcher. Each message keeps one idempotency key for all its attempts.
    static let outboxMessages = Migration(
        version: 8,
        name: "outbox_messages",
        statements: [
            """
            CREATE TABLE outbox_messages (
                id BIGSERIAL PRIMARY KEY,
                partner VARCHAR(32) NOT NULL,
                kind VARCHAR(64) NOT NULL,
                idempotency_key UUID NOT NULL UNIQUE,
                order_id UUID,
                payload JSONB NOT NULL,
                status VARCHAR(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'skipped')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                leased_until TIMESTAMPTZ,
                last_error TEXT,
                outcome TEXT,
                created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                sent_at TIMESTAMPTZ
            )
            """,
            "CREATE INDEX outbox_messages_due_idx ON outbox_messages (next_attempt_at, id) WHERE status = 'pending'",
            "CREATE INDEX outbox_messages_order_idx ON outbox_messages (order_id)",
        ]
    )
}
