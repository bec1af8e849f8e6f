extension Migration {
    /// Accounts: unique lower-cased email, bcrypt hash, a role from a closed set.
    static let users = Migration(
        version: 2,
        name: "users",
        statements: [
            """
            CREATE TABLE users (
                id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
                email VARCHAR(254) NOT NULL,
                name VARCHAR(100) NOT NULL,
                password_hash VARCHAR(100) NOT NULL,
                role VARCHAR(10) NOT NULL DEFAULT 'user' CHECK (role IN ('admin', 'user', 'guest')),
                created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                CONSTRAINT users_email_lowercase CHECK (email = lower(email))
            )
            """,
            "CREATE UNIQUE INDEX users_email_key ON users (email)",
        ]
    )
}
