import Configuration

/// Reads the server's variables through swift-configuration: the process environment first, then a
/// `.env` file in the working directory (if any), so a shell export always wins over the file.
public enum ConfigurationLoader {
    /// Collects the raw values of every `ConfigurationKey` that is set (empty values count as unset).
    public static func rawValues() async throws -> [ConfigurationKey: String] {
        let reader = try await makeReader()
        var values: [ConfigurationKey: String] = [:]
        for key in ConfigurationKey.allCases {
            if let value = reader.string(forKey: configKey(key.rawValue), isSecret: key == .jwtSecret || key == .webhookSecrets), !value.isEmpty {
                values[key] = value
            }
        }
        return values
    }

    /// Loads and validates the configuration.
    public static func load() async throws -> StorefrontConfiguration {
        try StorefrontConfiguration(values: try await rawValues())
    }

    /// Reads one extra variable (e.g. `ADMIN_EMAIL` for `seed`) with the same precedence.
    public static func value(of name: String) async throws -> String? {
        try await makeReader().string(forKey: configKey(name), isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func makeReader() async throws -> ConfigReader {
        ConfigReader(providers: [
            EnvironmentVariablesProvider(),
            try await EnvironmentVariablesProvider(environmentFilePath: ".env", allowMissing: true),
        ])
    }

    /// `DB_POOL_MAX` → the key `db.pool.max`, which the environment provider maps back to `DB_POOL_MAX`.
    private static func configKey(_ variable: String) -> ConfigKey {
        ConfigKey(variable.lowercased().split(separator: "_").map(String.init))
    }
}
