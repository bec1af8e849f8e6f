extension Migration {
    /// Remembers which order an `Idempotency-Key` produced, per user, with a hash of the request so a key
    /// reused for a different body is a conflict rather than a silent replay.
    static let idempotencyKeys = Migration(
        version: 6,
        name: "idempotency_keys",
        statements: [
            """
            CREATE TABLE idempotency_keys (
                user_id UUID NOT NULL REFERENCES users (id),
                key VARCHAR(255) NOT NULL,
                request_hash CHAR(64) NOT NULL,
                order_id UUID,
                created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                PRIMARY KEY (user_id, key)
            )
            """
        ]
    )
}
