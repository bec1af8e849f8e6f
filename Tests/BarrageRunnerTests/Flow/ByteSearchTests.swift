import Testing

@testable import BarrageRunner

@Suite("substring search over bytes")
struct ByteSearchTests {
    @Test(
        "finds what String.contains finds",
        arguments: [
            ("hello world", "lo wo"), ("hello", "bye"), ("aaab", "aab"), ("abc", ""), ("ab", "abc"),
            ("café au lait", "é a"), ("application/json; charset=utf-8", "json"), ("", "x"),
        ])
    func agreesWithString(haystack: String, needle: String) {
        #expect(haystack.utf8.containsBytes(of: needle.utf8) == (needle.isEmpty || haystack.contains(needle)))
        #expect(Array(haystack.utf8)[...].containsBytes(of: needle.utf8) == (needle.isEmpty || haystack.contains(needle)))
    }
}
