import Hummingbird

/// Builds the router. Middleware sees every request, even unknown routes, in this order: request id,
/// access log (debug level), request metrics (outside the error middleware, so they count the status the client saw), error
/// mapping, body limits, the authenticator (verifies a bearer token once and records the outcome), then
/// rate limiting (keyed on the verified caller; inside the error middleware, so a 429 has the one error
/// shape). Then public, authenticated and admin groups under `/api/v1`, plus health and metrics outside it:
/// the authenticated and admin groups run on contexts that exist only for a verified caller (and an admin),
/// so their handlers cannot run without one.
func buildRouter(services: StorefrontServices) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let routeTable = RouteTableBox()
    router.add(middleware: RequestIDMiddleware<AppRequestContext>())
    router.add(middleware: AccessLogMiddleware<AppRequestContext>())
    router.add(middleware: HTTPMetricsMiddleware<AppRequestContext>(metrics: services.metrics.http))
    router.add(middleware: ErrorMiddleware<AppRequestContext>(translation: FrameworkErrorTranslation(routes: routeTable)))
    router.add(middleware: BodyLimitMiddleware(limit: services.configuration.maxBodySize))
    router.add(middleware: AuthenticatorMiddleware(tokens: services.tokens))
    router.add(
        middleware: RateLimitMiddleware(
            rules: RateLimitRules(settings: services.configuration.rateLimit), limiter: services.rateLimiter,
            trustedProxies: services.configuration.rateLimit.trustedProxies))

    let api = router.group("api/v1")
    let authenticated = api.group(context: AuthenticatedRequestContext.self)
    let admin = authenticated.group(context: AdminRequestContext.self)

    HealthController(client: services.postgres, redis: services.redis, logger: services.logger).addRoutes(to: router)
    MetricsController(metrics: services.metrics, databasePool: services.databasePoolSampler).addRoutes(to: router)
    services.integrations.webhooks.addRoutes(to: router)
    try OpenAPIController().addRoutes(to: api)
    AuthController(users: services.users, hasher: services.hasher, tokens: services.tokens)
        .addRoutes(to: api, authenticated: authenticated)
    ProductsController(products: services.products, cache: services.productCache).addRoutes(to: api, admin: admin)
    OrdersController(orders: services.orders, cache: services.productCache).addRoutes(to: authenticated, admin: admin)

    routeTable.set(router.routeTable)
    return router
}

extension Router {
    /// The registered routes as plain values.
    var routeTable: RouteTable {
        RouteTable(routes: routes.map { RouteTable.Route(method: $0.method, template: $0.path.description) })
    }
}
