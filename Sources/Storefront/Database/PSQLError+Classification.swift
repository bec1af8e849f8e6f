import PostgresNIO

extension Error {
    /// Whether PostgreSQL rejected a write because a unique index already holds the value (SQLSTATE 23505).
    var isUniqueViolation: Bool {
        (self as? PSQLError)?.serverInfo?[.sqlState] == "23505"
    }
}
