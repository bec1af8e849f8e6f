extension Migration {
    /// Orders, range-partitioned by month on `created_at`; the partitions themselves are created ahead of
    /// time by `PartitionMaintainer`, so this only creates the parent.
    static let orders = Migration(
        version: 4,
        name: "orders",
        statements: [
            """
            CREATE TABLE orders (
                id UUID NOT NULL DEFAULT gen_random_uuid(),
                user_id UUID NOT NULL REFERENCES users (id),
                status VARCHAR(10) NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'paid', 'shipped', 'cancelled')),
                total BIGINT NOT NULL CHECK (total >= 0),
                created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                PRIMARY KEY (id, created_at)
            ) PARTITION BY RANGE (created_at)
            """,
            "CREATE INDEX orders_id_idx ON orders (id)",
            "CREATE INDEX orders_user_created_idx ON orders (user_id, created_at DESC)",
        ]
    )
}
