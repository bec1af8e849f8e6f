extension Migration {
    /// Stock moves to a narrow table of its own. An order's decrement then rewrites a row of three small
    /// columns, none of them indexed except the key, so PostgreSQL updates it in place (HOT; the free
    /// space left by `fillfactor` keeps the new version on the same page) instead of writing a new version
    /// of a wide product row with entries in its search, attribute and listing indexes. `version` counts
    /// the row's writes, so stock read at different moments can be ordered (`StockLevels`). Existing
    /// stock is moved over in the same transaction.
    static let productStock = Migration(
        version: 9,
        name: "product_stock",
        statements: [
            """
            CREATE TABLE product_stock (
                product_id UUID PRIMARY KEY REFERENCES products (id),
                stock INTEGER NOT NULL CHECK (stock >= 0),
                version BIGINT NOT NULL DEFAULT 0
            ) WITH (fillfactor = 50)
            """,
            "INSERT INTO product_stock (product_id, stock) SELECT id, stock FROM products",
            "ALTER TABLE products DROP COLUMN stock",
        ]
    )
}
