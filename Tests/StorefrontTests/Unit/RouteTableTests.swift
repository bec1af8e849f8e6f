import Testing

@testable import Storefront

@Suite struct RouteTableTests {
    let table = RouteTable(routes: [
        .init(method: .get, template: "/api/v1/products/:id"),
        .init(method: .put, template: "/api/v1/products/:id"),
        .init(method: .get, template: "/health/live"),
    ])

    @Test func matchesCapturesInAnySegment() {
        #expect(table.methods(matching: "/api/v1/products/123") == [.get, .put])
    }

    @Test func matchesNothingForUnknownPaths() {
        #expect(table.methods(matching: "/api/v1/products/123/reviews").isEmpty)
    }

    @Test func writesOpenAPIPathTemplates() {
        #expect(table.routes[0].openAPIPath == "/api/v1/products/{id}")
    }
}
