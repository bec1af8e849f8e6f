import Testing

@testable import BarrageHTTP

@Suite("ASCII helpers of the HTTP grammar")
struct ASCIITests {
    @Test(
        "a token list holds a token whatever its case and padding, and only whole tokens",
        arguments: [
            ("keep-alive", "keep-alive", true), ("Keep-Alive", "keep-alive", true), (" upgrade ,  Close ", "close", true),
            ("x,close", "close", true), ("closed", "close", false), ("", "close", false), (",,", "close", false),
            ("keep-alive, close", "keep-alive", true),
        ])
    func listContainsToken(list: String, token: String, contained: Bool) {
        let found =
            token == "close"
            ? ASCII.listContainsToken(Array(list.utf8)[...], "close") : ASCII.listContainsToken(Array(list.utf8)[...], "keep-alive")
        #expect(found == contained)
    }
}
