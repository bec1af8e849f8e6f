import Testing

@testable import Storefront

@Suite struct SeedCatalogTests {
    let catalog = SeedCatalog(password: "password123")

    @Test func isDeterministic() {
        #expect(catalog.product(42) == catalog.product(42))
        #expect(catalog.user(7) == catalog.user(7))
    }

    @Test func givesEveryUserADistinctEmail() {
        let emails = Set((0..<1000).map { catalog.user($0).email })
        #expect(emails.count == 1000)
    }

    @Test func producesValidProducts() throws {
        for index in 0..<200 {
            let product = catalog.product(index)
            #expect(product.price >= 0)
            #expect(product.stock >= 0)
            #expect(!product.name.isEmpty)
        }
    }

    @Test func writesCredentialsAsCSVWithAHeader() {
        let csv = CredentialsCSV.render([("a@x.test", "pw,1"), ("b@x.test", "plain")])
        #expect(csv == "email,password\na@x.test,\"pw,1\"\nb@x.test,plain\n")
    }
}
