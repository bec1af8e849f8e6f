import Hummingbird

/// `GET /metrics`: the registry in Prometheus text format, with the pool gauges sampled just before.
struct MetricsController: Sendable {
    /// Where Prometheus scrapes.
    static let path = "/metrics"

    let metrics: StorefrontMetrics
    let databasePool: DatabasePoolSampler

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("metrics", use: scrape)
    }

    @Sendable func scrape(_ request: Request, context: AppRequestContext) async throws -> Response {
        await databasePool.sample()
        let body = metrics.exposition()
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .contentLength: String(body.count)],
            body: .init(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
