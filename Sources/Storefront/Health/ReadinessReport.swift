import HTTPTypes

/// What `GET /health/ready` answers, decided from the two probes alone: PostgreSQL down means the server
/// cannot serve (503, take it out of the balancer); Redis down means it serves slower from PostgreSQL
/// (200 `degraded`, keep it in). A 503 also carries the one error shape, so clients need no special case.
struct ReadinessReport: Codable, Sendable {
    /// `ready`, `degraded` or `unavailable`.
    var status: String
    /// `postgres` and `redis`, each `ok` or `unavailable`.
    var checks: [String: String]
    /// Present only on 503.
    var error: ErrorResponseBody.Payload?

    init(postgresAnswers: Bool, redisAnswers: Bool) {
        checks = ["postgres": postgresAnswers ? "ok" : "unavailable", "redis": redisAnswers ? "ok" : "unavailable"]
        switch (postgresAnswers, redisAnswers) {
        case (true, true): status = "ready"
        case (true, false): status = "degraded"
        case (false, _):
            status = "unavailable"
            error = ErrorResponseBody(APIError(.serviceUnavailable, "The database is not reachable.")).error
        }
    }

    /// 200 unless PostgreSQL is unreachable.
    var httpStatus: HTTPResponse.Status {
        status == "unavailable" ? .serviceUnavailable : .ok
    }
}
