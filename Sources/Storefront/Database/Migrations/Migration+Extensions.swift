extension Migration {
    /// `pgcrypto` provides `gen_random_uuid()` on PostgreSQL versions before 13.
    static let extensions = Migration(
        version: 1,
        name: "extensions",
        statements: ["CREATE EXTENSION IF NOT EXISTS pgcrypto"]
    )
}
