import Crypto

extension TemplateFunction {
    /// SHA-256 of `message` (FIPS 180-4), from swift-crypto, for `sha256()`.
    static func sha256(_ message: [UInt8]) -> [UInt8] {
        Array(SHA256.hash(data: message))
    }

    /// HMAC-SHA256 of `message` under `key` (RFC 2104), from swift-crypto, for `hmacSHA256()` and
    /// `hmacSHA256Base64()`.
    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }
}

extension Sequence<UInt8> {
    /// Lower-case hex, two digits per byte: how `sha256()` and `hmacSHA256()` print digests.
    var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
