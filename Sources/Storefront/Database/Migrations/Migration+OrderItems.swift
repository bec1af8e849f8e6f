extension Migration {
    /// Order lines with the unit price frozen at order time; they reference the partitioned parent through
    /// its full key `(id, created_at)`.
    static let orderItems = Migration(
        version: 5,
        name: "order_items",
        statements: [
            """
            CREATE TABLE order_items (
                id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                order_id UUID NOT NULL,
                order_created_at TIMESTAMPTZ NOT NULL,
                product_id UUID NOT NULL REFERENCES products (id),
                product_name VARCHAR(200) NOT NULL,
                quantity INTEGER NOT NULL CHECK (quantity > 0),
                unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
                FOREIGN KEY (order_id, order_created_at) REFERENCES orders (id, created_at) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX order_items_order_idx ON order_items (order_id)",
        ]
    )
}
