import Hummingbird
import Testing

@testable import Storefront

@Suite struct FrameworkErrorTranslationTests {
    let translation: FrameworkErrorTranslation = {
        let box = RouteTableBox()
        box.set(
            RouteTable(routes: [
                .init(method: .get, template: "/api/v1/orders"), .init(method: .post, template: "/api/v1/orders"),
            ]))
        return FrameworkErrorTranslation(routes: box)
    }()

    @Test func unknownPathsAreResourceNotFound() {
        let error = translation.translate(HTTPError(.notFound), method: .get, path: "/api/v1/unknown")
        #expect(error.code == .resourceNotFound)
        #expect(error.status == .notFound)
    }

    @Test func knownPathsWithAnotherMethodAre405ListingAllowedMethods() {
        let error = translation.translate(HTTPError(.notFound), method: .delete, path: "/api/v1/orders")
        #expect(error.status == .methodNotAllowed)
        #expect(error.code == .validationError)
        #expect(error.headers[.allow] == "GET, POST")
    }

    @Test func oversizedBodiesKeep413() {
        let error = translation.translate(HTTPError(.contentTooLarge), method: .post, path: "/api/v1/orders")
        #expect(error.status == .contentTooLarge)
        #expect(error.code == .validationError)
    }

    @Test func frameworkMessagesAreNotPassedThrough() {
        let error = translation.translate(
            HTTPError(.badRequest, message: "Type mismatch for `x` key, expected `Swift.Int` type."), method: .post,
            path: "/")
        #expect(error.code == .validationError)
        #expect(!error.message.contains("Swift"))
    }

    @Test func serverErrorsBecomeInternalError() {
        #expect(translation.translate(HTTPError(.badGateway), method: .get, path: "/").code == .internalError)
    }
}
