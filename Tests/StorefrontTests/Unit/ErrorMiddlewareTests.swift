import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import Storefront

/// The error middleware on a bare router: no database needed.
@Suite struct ErrorMiddlewareTests {
    struct SecretFailure: Error {
        let sql = "SELECT password_hash FROM users"
    }

    func app() -> some ApplicationProtocol {
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: RequestIDMiddleware<AppRequestContext>())
        router.add(
            middleware: ErrorMiddleware<AppRequestContext>(
                translation: FrameworkErrorTranslation(routes: RouteTableBox())))
        router.get("boom") { _, _ -> String in throw SecretFailure() }
        router.get("conflict") { _, _ -> String in throw APIError(.conflict, "Taken.") }
        return Application(
            router: router,
            logger: Logger(label: "error-middleware-tests") { _ in
                var handler = StreamLogHandler.standardError(label: "error-middleware-tests")
                handler.logLevel = .critical
                return handler
            })
    }

    @Test func unexpectedErrorsBecomeOpaque500s() async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/boom", method: .get)
            #expect(response.status == .internalServerError)
            #expect(response.errorCode == "INTERNAL_ERROR")
            #expect(!response.text.contains("SELECT"))
            #expect(!response.text.contains("SecretFailure"))
        }
    }

    @Test func apiErrorsKeepTheirCodeAndStatus() async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/conflict", method: .get)
            #expect(response.status == .conflict)
            #expect(try response.decode(ErrorResponseBody.self).error.message == "Taken.")
        }
    }

    @Test func everyResponseCarriesARequestID() async throws {
        try await app().test(.router) { client in
            let response = try await client.execute(uri: "/missing", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.requestID]?.isEmpty == false)
        }
    }
}
