import Foundation
import Logging
import PostgresNIO

/// Parameterised SQL for `users`; the only place that knows the table's columns.
struct UserRepository: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Inserts a user, or returns nil when the email is already registered.
    func create(email: String, name: String, passwordHash: String, role: Role) async throws -> User? {
        do {
            let rows = try await client.query(
                """
                INSERT INTO users (email, name, password_hash, role)
                VALUES (\(email), \(name), \(passwordHash), \(role.rawValue))
                RETURNING id, email, name, password_hash, role, created_at, updated_at
                """,
                logger: logger
            )
            return try await Self.first(rows)
        } catch where error.isUniqueViolation {
            return nil
        }
    }

    func find(email: String) async throws -> User? {
        try await Self.first(
            client.query(
                "SELECT id, email, name, password_hash, role, created_at, updated_at FROM users WHERE email = \(email)",
                logger: logger
            )
        )
    }

    func find(id: UUID) async throws -> User? {
        try await Self.first(
            client.query(
                "SELECT id, email, name, password_hash, role, created_at, updated_at FROM users WHERE id = \(id)",
                logger: logger
            )
        )
    }

    /// Sets the role and password of an existing account (used by `seed` for the admin account).
    func update(id: UUID, role: Role, passwordHash: String) async throws {
        try await client.query(
            "UPDATE users SET role = \(role.rawValue), password_hash = \(passwordHash), updated_at = now() WHERE id = \(id)",
            logger: logger
        )
    }

    private static func first(_ rows: PostgresRowSequence) async throws -> User? {
        for try await (id, email, name, hash, role, created, updated) in rows.decode(
            (UUID, String, String, String, String, Date, Date).self
        ) {
            return User(
                id: id, email: email, name: name, passwordHash: hash,
                role: Role(rawValue: role) ?? .guest, createdAt: created, updatedAt: updated
            )
        }
        return nil
    }
}
