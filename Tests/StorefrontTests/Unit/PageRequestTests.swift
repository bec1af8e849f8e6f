import Testing

@testable import Storefront

@Suite struct PageRequestTests {
    @Test func defaultsToTheFirstPageOfTwenty() throws {
        let page = try PageRequest(page: nil, limit: nil)
        #expect(page.page == 1)
        #expect(page.limit == 20)
        #expect(page.offset == 0)
    }

    @Test func capsTheLimit() throws {
        #expect(try PageRequest(page: "1", limit: "5000").limit == PageRequest.maximumLimit)
    }

    @Test func computesTheOffset() throws {
        #expect(try PageRequest(page: "3", limit: "25").offset == 50)
    }

    @Test(arguments: [("0", "10"), ("-1", "10"), ("x", "10"), ("1", "0"), ("1", "ten")])
    func rejectsInvalidValues(page: String, limit: String) {
        #expect(throws: APIError.self) { try PageRequest(page: page, limit: limit) }
    }

    @Test func countsPagesRoundingUp() throws {
        let request = try PageRequest(page: "1", limit: "10")
        #expect(PageInfo(request: request, total: 21).totalPages == 3)
        #expect(PageInfo(request: request, total: 20).totalPages == 2)
        #expect(PageInfo(request: request, total: 0).totalPages == 0)
    }
}
