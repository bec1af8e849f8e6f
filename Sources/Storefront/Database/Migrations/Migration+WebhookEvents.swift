extension Migration {
    /// Partner webhook events, stored before they are acknowledged: the unique `event_id` turns repeated
    /// deliveries into no-ops, and the partial index keeps the worker's "oldest unprocessed" scan cheap
    /// however many processed events accumulate.
    static let webhookEvents = Migration(
        version: 7,
        name: "webhook_events",
        statements: [
            """
            CREATE TABLE webhook_events (
                id BIGSERIAL PRIMARY KEY,
                event_id VARCHAR(255) NOT NULL UNIQUE,
                event_type VARCHAR(100) NOT NULL,
                partner VARCHAR(64) NOT NULL,
                payload JSONB NOT NULL,
                signed_at TIMESTAMPTZ NOT NULL,
                received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                processed_at TIMESTAMPTZ,
                outcome TEXT
            )
            """,
            "CREATE INDEX webhook_events_pending_idx ON webhook_events (received_at, id) WHERE processed_at IS NULL",
        ]
    )
}
