import Hummingbird
import Logging

/// Builds the storefront server: the router, the PostgreSQL and Redis pools and the partition maintainer
/// as services (started before the HTTP server, so they outlive its requests at shutdown), and schema
/// migration before the first request. `run()`/`runService()` on the result starts it; SIGTERM stops
/// accepting, drains in-flight requests, then closes the pools (services stop in reverse).
public func buildApplication(_ configuration: StorefrontConfiguration, logger: Logger? = nil) async throws -> some ApplicationProtocol {
    try buildApplication(services: await StorefrontServices(configuration: configuration, logger: logger))
}

/// The same, from services the caller already holds (tests use this to share the database client).
public func buildApplication(services: StorefrontServices) throws -> Application<RouterResponder<AppRequestContext>> {
    let router = try buildRouter(services: services)
    var app = Application(
        router: router,
        configuration: .init(
            address: .hostname(services.configuration.host, port: services.configuration.port),
            serverName: "storefront"
        ),
        services: [services.postgres, services.redis.pool, services.partitions] + services.integrations.services,
        logger: services.logger
    )
    app.beforeServerStarts {
        try await services.prepareDatabase()
    }
    return app
}
