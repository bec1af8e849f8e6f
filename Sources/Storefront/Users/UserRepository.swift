import Foundation
import Logging
import PostgresNIO

/// Parameterised SQL for `users`; the only place that knows the table's columns.
struct UserRepository: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Inserts a user; `UserFailure.emailTaken` when the email is already registered (the unique index
    /// decides, so two concurrent registrations cannot both win).
    func create(email: String, name: String, passwordHash: String, role: Role) async throws -> User {
        let rows = try await client.query(
            """
            INSERT INTO users (email, name, password_hash, role)
            VALUES (\(email), \(name), \(passwordHash), \(role.rawValue))
            ON CONFLICT (email) DO NOTHING
            RETURNING id, email, name, password_hash, role, created_at, updated_at
            """,
            logger: logger
        )
        guard let user = try await Self.first(rows) else { throw UserFailure.emailTaken(email: email) }
        return user
    }

    /// The account with `email` (already normalised), or nil: login must not reveal which emails exist.
    func find(email: String) async throws -> User? {
        try await Self.first(
            client.query(
                "SELECT id, email, name, password_hash, role, created_at, updated_at FROM users WHERE email = \(email)",
                logger: logger
            )
        )
    }

    /// The account with `id`; `UserFailure.notFound` when there is none.
    func get(id: UUID) async throws -> User {
        let rows = try await client.query(
            "SELECT id, email, name, password_hash, role, created_at, updated_at FROM users WHERE id = \(id)",
            logger: logger
        )
        guard let user = try await Self.first(rows) else { throw UserFailure.notFound(id: id) }
        return user
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
