/// One forward-only schema step. Versions are applied in order, each exactly once, inside a transaction.
struct Migration: Sendable {
    /// Monotonic version; the `schema_migrations` table records which ones ran.
    let version: Int
    /// Short name for logs.
    let name: String
    /// The SQL statements, executed one by one.
    let statements: [String]
}
