extension Migration {
    /// The catalogue: money in minor units and stock guarded by CHECKs, free-form JSONB attributes with a
    /// GIN index, full-text search, and indexes that cover only live (not deleted) active rows.
    static let products = Migration(
        version: 3,
        name: "products",
        statements: [
            """
            CREATE TABLE products (
                id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                name VARCHAR(200) NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                price BIGINT NOT NULL CHECK (price >= 0),
                stock INTEGER NOT NULL CHECK (stock >= 0),
                attributes JSONB NOT NULL DEFAULT '{}'::jsonb,
                status VARCHAR(10) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
                search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', name || ' ' || description)) STORED,
                created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                deleted_at TIMESTAMPTZ
            )
            """,
            "CREATE INDEX products_attributes_idx ON products USING GIN (attributes)",
            "CREATE INDEX products_search_idx ON products USING GIN (search)",
            "CREATE INDEX products_active_created_idx ON products (created_at DESC, id) WHERE status = 'active' AND deleted_at IS NULL",
            "CREATE INDEX products_active_price_idx ON products (price, id) WHERE status = 'active' AND deleted_at IS NULL",
            "CREATE INDEX products_active_name_idx ON products (name, id) WHERE status = 'active' AND deleted_at IS NULL",
        ]
    )
}
