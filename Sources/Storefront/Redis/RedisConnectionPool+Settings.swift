import Logging
import RedisWire

extension RedisConnectionPool {
    /// A pool with the server's short timeouts, and a lease timeout equal to the command timeout, so a
    /// saturated pool fails as fast as a slow Redis.
    convenience init(settings: RedisSettings, logger: Logger) {
        self.init(
            configuration: settings.connection,
            poolConfiguration: RedisPoolConfiguration(
                maxConnections: settings.maximumConnections,
                leaseTimeout: settings.connection.commandTimeout ?? .milliseconds(150)
            ),
            logger: logger
        )
    }
}
