import Testing

@testable import BarrageCore

/// The digests behind `sha256()` and `hmacSHA256()` (swift-crypto) against the published vectors, so a
/// change of implementation can never change what a scenario signs.
@Suite("SHA-256 and HMAC-SHA256 against published vectors")
struct DigestVectorTests {
    @Test("the FIPS 180-4 digests of \"\" and \"abc\"")
    func digests() {
        #expect(
            TemplateFunction.sha256(Array("".utf8)).hexString
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            TemplateFunction.sha256(Array("abc".utf8)).hexString
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("a message spanning two blocks")
    func twoBlocks() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(
            TemplateFunction.sha256(Array(message.utf8)).hexString
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("RFC 4231 test case 2: a short key")
    func hmacShortKey() {
        let mac = TemplateFunction.hmacSHA256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(mac.hexString == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("RFC 4231 test case 6: a key longer than the block is hashed first")
    func hmacLongKey() {
        let key = [UInt8](repeating: 0xaa, count: 131)
        let mac = TemplateFunction.hmacSHA256(
            key: key, message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        #expect(mac.hexString == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}
