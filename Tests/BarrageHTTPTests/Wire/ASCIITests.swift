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

    @Test(
        "wire bytes equal a lowercase literal whatever their case, and only at the same length",
        arguments: [
            ("Content-Length", true), ("content-length", true), ("CONTENT-LENGTH", true), ("Content-Lengths", false),
            ("Content-Lengt", false), ("Content_Length", false),
        ])
    func equalsLowercaseLiteral(name: String, equal: Bool) {
        #expect(ASCII.equalsIgnoringCase(Array(name.utf8)[...], lowercase: "content-length") == equal)
    }

    @Test("a status line's prefix is matched byte for byte")
    func prefix() {
        let match = Array("HTTP/1.1 200 OK".utf8).withUnsafeBytes { ASCII.hasPrefix($0[...], "HTTP/1.") }
        let caseDiffers = Array("http/1.1 200 OK".utf8).withUnsafeBytes { ASCII.hasPrefix($0[...], "HTTP/1.") }
        let tooShort = Array("HTTP/".utf8).withUnsafeBytes { ASCII.hasPrefix($0[...], "HTTP/1.") }
        #expect(match && !caseDiffers && !tooShort)
    }
}
