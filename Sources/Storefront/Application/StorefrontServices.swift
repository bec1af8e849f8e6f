import Logging
import PostgresNIO
import RedisWire

/// Everything the handlers depend on, built once from the configuration. Tests build it too, to reach
/// the same database client the app uses (e.g. to promote a user to admin).
public struct StorefrontServices: Sendable {
    /// The validated settings everything was built from.
    public let configuration: StorefrontConfiguration
    /// The root logger, at LOG_LEVEL.
    public let logger: Logger
    /// The pool; runs as a service of the application.
    public let postgres: PostgresClient
    /// The Prometheus registry behind `GET /metrics`; background services register their series here.
    public let metrics: StorefrontMetrics
    /// The Redis pool behind a circuit breaker; the pool runs as a service of the application.
    public let redis: RedisGuard
    /// Tags this instance's PostgreSQL sessions, so the pool gauges count only them.
    let applicationName: String
    let productCache: ProductCache
    let rateLimiter: RateLimiter
    let users: UserRepository
    let products: ProductRepository
    let orders: OrderRepository
    let hasher: PasswordHasher
    let tokens: TokenService
    /// The partner webhook, its worker, the outbox dispatcher and the partner breakers.
    public let integrations: PartnerIntegrations

    /// Creates the pool and repositories; nothing connects until the pool runs.
    public init(configuration: StorefrontConfiguration, logger: Logger? = nil) async {
        var logger = logger ?? Logger(label: "storefront")
        logger.logLevel = configuration.logLevel
        self.configuration = configuration
        self.logger = logger
        metrics = StorefrontMetrics()
        var poolLogger = logger
        poolLogger.logLevel = max(logger.logLevel, .warning)  // the pool narrates every connect at info
        applicationName = "storefront-" + String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let postgres = PostgresClient(
            database: configuration.database, pool: configuration.pool, applicationName: applicationName, logger: poolLogger)
        self.postgres = postgres
        let redis = RedisGuard(
            pool: RedisConnectionPool(settings: configuration.redis, logger: poolLogger), metrics: metrics.redis, logger: logger)
        self.redis = redis
        let products = ProductRepository(client: postgres, logger: logger)
        let stock = StockBook(freshness: configuration.cache.generationCheckInterval) { try await products.stockLevels(of: $0) }
        productCache = ProductCache(redis: redis, stock: stock, settings: configuration.cache, metrics: metrics.cache, logger: logger)
        rateLimiter = RateLimiter(redis: redis, fallback: InMemoryRateLimiter(), metrics: metrics.rateLimit)
        metrics.databasePool.maximum.set(Int64(configuration.pool.maximumConnections))
        users = UserRepository(client: postgres, logger: logger)
        self.products = products
        let outbox = OutboxDoorbell()
        orders = OrderRepository(client: postgres, logger: logger, outbox: outbox)
        hasher = PasswordHasher(cost: configuration.bcryptCost)
        tokens = await TokenService(settings: configuration.jwt, metrics: metrics.auth)
        integrations = PartnerIntegrations(
            configuration: configuration, postgres: postgres, registry: metrics.registry, rateLimiter: rateLimiter,
            outbox: outbox, instance: applicationName, logger: logger)
    }

    var migrator: Migrator { Migrator(client: postgres, logger: logger) }

    var partitions: PartitionMaintainer {
        PartitionMaintainer(client: postgres, monthsAhead: configuration.partitionMonthsAhead, logger: logger)
    }

    /// Applies migrations and creates the order partitions; run before the server accepts requests and by
    /// `storefront migrate`.
    public func prepareDatabase() async throws {
        try await migrator.migrate()
        try await partitions.ensurePartitions()
    }
}
