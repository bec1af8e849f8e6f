import Hummingbird
import Logging

/// Turns every error thrown below it into the one error shape: typed `APIError`s pass through,
/// framework errors are translated, anything else becomes a logged 500 with no internals exposed.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let translation: FrameworkErrorTranslation

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            let translated = translation.translate(error, method: request.method, path: request.uri.path)
            return try translated.response(from: request, context: context)
        } catch {
            context.logger.error("Unhandled error", metadata: ["error": "\(String(reflecting: error))"])
            return try APIError.internalError.response(from: request, context: context)
        }
    }
}
