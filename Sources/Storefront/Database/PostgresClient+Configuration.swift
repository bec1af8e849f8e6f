import Logging
import NIOSSL
import PostgresNIO

extension PostgresClient {
    /// A client whose pool follows the configuration (max/min connections, idle and connect timeouts);
    /// its sessions carry `applicationName`, so this instance's connections can be told apart in
    /// `pg_stat_activity`. Its prepared statements (the order, the outbox batches, product and stock
    /// reads) are planned once per connection (`plan_cache_mode`): they look rows up by key, so the
    /// generic plan is the custom one, and re-planning a statement the size of `PlaceOrder` on every
    /// execution would cost more than running it.
    convenience init(
        database: DatabaseURL, pool: StorefrontConfiguration.PoolSettings, applicationName: String, logger: Logger
    ) {
        let tls: PostgresClient.Configuration.TLS =
            switch database.tls {
            case .disable: .disable
            case .prefer: .prefer(.makeClientConfiguration())
            case .require: .require(.makeClientConfiguration())
            }
        var configuration = PostgresClient.Configuration(
            host: database.host,
            port: database.port,
            username: database.username,
            password: database.password,
            database: database.database,
            tls: tls
        )
        configuration.options.maximumConnections = pool.maximumConnections
        configuration.options.minimumConnections = pool.minimumConnections
        configuration.options.connectionIdleTimeout = pool.idleTimeout
        configuration.options.connectTimeout = pool.connectTimeout
        configuration.options.additionalStartupParameters = [
            ("application_name", applicationName), ("plan_cache_mode", "force_generic_plan"),
        ]
        self.init(configuration: configuration, backgroundLogger: logger)
    }
}
