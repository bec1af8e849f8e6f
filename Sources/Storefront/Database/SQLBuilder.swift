import PostgresNIO

/// Assembles a query whose shape depends on the request (optional filters, a whitelisted sort) while
/// every value still travels as a bind parameter; only fixed fragments written in this code become SQL.
struct SQLBuilder {
    private var sql: String
    private var binds = PostgresBindings()

    init(_ sql: String) {
        self.sql = sql
    }

    /// Appends a fixed SQL fragment (never user input).
    mutating func append(_ fragment: String) {
        sql += fragment
    }

    /// Appends a placeholder for `value` and binds it.
    mutating func bind(_ value: some PostgresDynamicTypeEncodable) {
        binds.append(value)
        sql += "$\(binds.count)"
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}
