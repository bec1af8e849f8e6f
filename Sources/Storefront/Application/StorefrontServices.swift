import Logging
import PostgresNIO

/// Everything the handlers depend on, built once from the configuration. Tests build it too, to reach
/// the same database client the app uses (e.g. to promote a user to admin). The next issue's Redis cache,
/// rate limiter and webhook worker join here.
public struct StorefrontServices: Sendable {
    /// The validated settings everything was built from.
    public let configuration: StorefrontConfiguration
    /// The root logger, at LOG_LEVEL.
    public let logger: Logger
    /// The pool; runs as a service of the application.
    public let postgres: PostgresClient
    let users: UserRepository
    let products: ProductRepository
    let orders: OrderRepository
    let hasher: PasswordHasher
    let tokens: TokenService

    /// Creates the pool and repositories; nothing connects until the pool runs.
    public init(configuration: StorefrontConfiguration, logger: Logger? = nil) async {
        var logger = logger ?? Logger(label: "storefront")
        logger.logLevel = configuration.logLevel
        self.configuration = configuration
        self.logger = logger
        var poolLogger = logger
        poolLogger.logLevel = max(logger.logLevel, .warning)  // the pool narrates every connect at info
        let postgres = PostgresClient(database: configuration.database, pool: configuration.pool, logger: poolLogger)
        self.postgres = postgres
        users = UserRepository(client: postgres, logger: logger)
        products = ProductRepository(client: postgres, logger: logger)
        orders = OrderRepository(client: postgres, logger: logger)
        hasher = PasswordHasher(cost: configuration.bcryptCost)
        tokens = await TokenService(settings: configuration.jwt)
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
