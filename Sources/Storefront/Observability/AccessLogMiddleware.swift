import Hummingbird
import Logging

/// One log line per answered request at `debug` (method, path, status, duration, and the request id
/// from the logger's metadata), so LOG_LEVEL=debug gives an access log without costing anything at
/// the default level.
struct AccessLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.logger.logLevel <= .debug else {
            return try await next(request, context)
        }
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        context.logger.debug(
            "request",
            metadata: [
                "method": "\(request.method.rawValue)",
                "path": "\(request.uri.path)",
                "status": "\(response.status.code)",
                "duration_ms": "\(elapsed / .milliseconds(1))",
            ]
        )
        return response
    }
}
