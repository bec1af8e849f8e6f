import Hummingbird

/// Counts every answered request exactly once, with its latency, by route template (`/api/v1/products/{id}`,
/// never the raw path, so cardinality stays bounded) and status class. It wraps the error middleware, so
/// 404s, 429s and 500s are counted with the status the client saw. `GET /metrics` itself is not counted:
/// a scrape cannot consistently include itself, and leaving it out keeps `http_requests_total` equal to the
/// traffic a load generator sent.
struct HTTPMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The route label of requests that matched no route.
    static var unmatchedRoute: String { "unmatched" }

    let metrics: HTTPMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path != MetricsController.path else {
            return try await next(request, context)
        }
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context: context, status: response.status, start: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            record(request, context: context, status: status, start: start)
            throw error
        }
    }

    private func record(_ request: Request, context: Context, status: HTTPResponse.Status, start: ContinuousClock.Instant) {
        let route = context.endpointPath.flatMap { $0 == "NotFound" ? nil : $0 } ?? Self.unmatchedRoute
        metrics.record(method: request.method, route: route, status: status, duration: ContinuousClock.now - start)
    }
}
