import Testing

@testable import Storefront

@Suite struct DatabaseURLTests {
    @Test func parsesAllParts() throws {
        let url = try #require(DatabaseURL("postgres://app:s%40cret@db.local:6543/shop?sslmode=require"))
        #expect(
            url
                == DatabaseURL(
                    host: "db.local", port: 6543, username: "app", password: "s@cret", database: "shop", tls: .require))
    }

    @Test func defaultsPortAndTLS() throws {
        let url = try #require(DatabaseURL("postgresql://app@localhost/shop"))
        #expect(url.port == 5432)
        #expect(url.tls == .disable)
        #expect(url.password == nil)
    }

    @Test(arguments: [
        "mysql://a@b/c", "postgres://b/c", "postgres://a@b", "postgres://a@b/c?sslmode=maybe", "not a url",
    ])
    func rejectsUnusableURLs(text: String) {
        #expect(DatabaseURL(text) == nil)
    }
}
