import Hummingbird

/// Builds the router: request ids, error mapping and body limits first (they see every request, even
/// unknown routes), then public, authenticated and admin groups under `/api/v1`, plus health outside it.
/// Cross-cutting middleware of later issues (rate limiting, metrics) belongs after the error middleware,
/// so its rejections use the same error shape.
func buildRouter(services: StorefrontServices) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let routeTable = RouteTableBox()
    router.add(middleware: RequestIDMiddleware<AppRequestContext>())
    router.add(middleware: ErrorMiddleware<AppRequestContext>(translation: FrameworkErrorTranslation(routes: routeTable)))
    router.add(middleware: BodyLimitMiddleware(limit: services.configuration.maxBodySize))

    let api = router.group("api/v1")
    let authenticated = router.group("api/v1").add(middleware: AuthenticationMiddleware(tokens: services.tokens))
    let admin = router.group("api/v1")
        .add(middleware: AuthenticationMiddleware(tokens: services.tokens))
        .add(middleware: RoleMiddleware(allowed: [.admin]))

    HealthController(client: services.postgres, logger: services.logger).addRoutes(to: router)
    try OpenAPIController().addRoutes(to: api)
    AuthController(users: services.users, hasher: services.hasher, tokens: services.tokens)
        .addRoutes(to: api, authenticated: authenticated)
    ProductsController(products: services.products).addRoutes(to: api, admin: admin)
    OrdersController(orders: services.orders).addRoutes(to: authenticated, admin: admin)

    routeTable.set(router.routeTable)
    return router
}

extension Router {
    /// The registered routes as plain values.
    var routeTable: RouteTable {
        RouteTable(routes: routes.map { RouteTable.Route(method: $0.method, template: $0.path.description) })
    }
}
