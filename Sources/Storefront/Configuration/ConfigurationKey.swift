/// Every environment variable the server reads, with its default, in one place so the loader, the
/// validation and the README cannot drift apart.
public enum ConfigurationKey: String, CaseIterable, Sendable {
    case host = "HOST"
    case port = "PORT"
    case databaseURL = "DATABASE_URL"
    case poolMax = "DB_POOL_MAX"
    case poolMin = "DB_POOL_MIN"
    case poolIdleTimeout = "DB_POOL_IDLE_TIMEOUT"
    case connectTimeout = "DB_CONNECT_TIMEOUT"
    case jwtSecret = "JWT_SECRET"
    case jwtIssuer = "JWT_ISSUER"
    case jwtAudience = "JWT_AUDIENCE"
    case jwtExpiry = "JWT_EXPIRY"
    case bcryptCost = "BCRYPT_COST"
    case logLevel = "LOG_LEVEL"
    case maxBodySize = "MAX_BODY_SIZE"
    case partitionMonthsAhead = "ORDERS_PARTITION_MONTHS_AHEAD"

    /// The value used when the variable is unset; `nil` means the variable is required.
    public var defaultValue: String? {
        switch self {
        case .host: "127.0.0.1"
        case .port: "8080"
        case .databaseURL: "postgres://storefront:storefront@127.0.0.1:55432/storefront"
        case .poolMax: "100"
        case .poolMin: "10"
        case .poolIdleTimeout: "30s"
        case .connectTimeout: "5s"
        case .jwtSecret: nil
        case .jwtIssuer: "storefront"
        case .jwtAudience: "storefront-api"
        case .jwtExpiry: "1h"
        case .bcryptCost: "12"
        case .logLevel: "info"
        case .maxBodySize: "1048576"
        case .partitionMonthsAhead: "3"
        }
    }
}
