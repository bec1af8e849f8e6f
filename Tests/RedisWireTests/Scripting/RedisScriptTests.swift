import Testing

@testable import RedisWire

@Suite("Scripts and command options")
struct RedisScriptTests {
    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func scriptNameIsTheSHA1OfItsSource(source: String, sha1: String) {
        #expect(RedisScript(source).sha1 == sha1)
    }

    @Test func wholeSecondsExpireWithEX() {
        #expect(RedisExpiration(.seconds(3600)) == .seconds(3600))
    }

    @Test func subSecondExpiryUsesPXSoNoPrecisionIsLost() {
        #expect(RedisExpiration(.milliseconds(1500)) == .milliseconds(1500))
    }
}
